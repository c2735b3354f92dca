using System.Text;

namespace ZeroWork.Bot.Tests.Fuzzing;

/// <summary>A property-based generator of hostile inputs: mutations of a valid sample (flips, cuts, splices, repeats) and known attack shapes. Seeded, so a failure is reproducible; <c>ZEROWORK_FUZZ_ITERATIONS</c> sets the run length (CI runs the default; set it high for a long run on demand).</summary>
internal static class FuzzInputs
{
    public static int Iterations { get; } = int.TryParse(Environment.GetEnvironmentVariable("ZEROWORK_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 5_000;

    private static readonly string[] Fragments =
    [
        "<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
        "<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;", "&b;", "<![CDATA[", "]]>", "<xml>", "</xml>",
        "\0", "\uFFFD", "\uD800", "💩", "①②③", "<", ">", "&", "\"", "'", "{", "}", "[", "]", "null", "\\u0000", "%00", "../../",
        new string('<', 200), string.Concat(Enumerable.Repeat("<a>", 500)), new string('9', 40), "-1", "1e309",
    ];

    public static IEnumerable<string> Mutations(string sample, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < Iterations; i++)
        {
            yield return Mutate(sample, random);
        }
    }

    public static string Mutate(string sample, Random random)
    {
        var text = new StringBuilder(sample);
        var steps = random.Next(1, 6);
        for (var s = 0; s < steps; s++)
        {
            var at = text.Length == 0 ? 0 : random.Next(text.Length);
            switch (random.Next(6))
            {
                case 0:
                    text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1 when text.Length > 0:
                    text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at));
                    break;
                case 2 when text.Length > 0:
                    text[at] = (char)random.Next(0, 0xFFFF);
                    break;
                case 3:
                    text.Length = at;
                    break;
                case 4 when text.Length > 0:
                    var piece = text.ToString(at, Math.Min(random.Next(1, 50), text.Length - at));
                    text.Insert(at, string.Concat(Enumerable.Repeat(piece, random.Next(2, 50))));
                    break;
                default:
                    text.Insert(at, (char)random.Next(0x20, 0x9FFF));
                    break;
            }
        }

        return text.ToString();
    }
}
