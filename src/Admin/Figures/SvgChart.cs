using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace ZeroWork.Admin.Figures;

/// <summary>Bar charts drawn on the server as inline SVG: no script, no chart library, readable on any browser that shows SVG. Only presentation attributes are used, so the CSP needs no inline styles.</summary>
public static class SvgChart
{
    private const int Width = 640;
    private const int Height = 200;
    private const int Bottom = 30;
    private const int Top = 20;

    public static IHtmlContent Bars(string title, IReadOnlyList<(string Label, int Value)> bars, string colour = "#2b6cb0")
    {
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var slot = bars.Count == 0 ? Width : (double)Width / bars.Count;
        var sb = new StringBuilder();
        var enc = HtmlEncoder.Default;
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append("<title>").Append(enc.Encode(title)).Append("</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" y1=\"{Height - Bottom}\" x2=\"{Width}\" y2=\"{Height - Bottom}\" stroke=\"#999\"/>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var h = (Height - Bottom - Top) * value / (double)max;
            var x = i * slot + slot * 0.15;
            var y = Height - Bottom - h;
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{slot * 0.7:0.#}\" height=\"{h:0.#}\" fill=\"{colour}\"><title>{enc.Encode(label)}：{value}</title></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + slot * 0.35:0.#}\" y=\"{y - 4:0.#}\" font-size=\"11\" text-anchor=\"middle\">{value}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + slot * 0.35:0.#}\" y=\"{Height - 12}\" font-size=\"10\" text-anchor=\"middle\">{enc.Encode(label)}</text>");
        }

        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }
}
