using System.Globalization;
using ZeroWork.Market.Geography;

namespace ZeroWork.Matcher.Public;

/// <summary>A checked search of the public pages and API. <see cref="From"/> is GCJ-02 whatever the caller sent.</summary>
public sealed record JobsRequest
{
    public const int DefaultRadiusMeters = 1500;
    public const int MaxRadiusMeters = 50_000;

    public GeoPoint? From { get; init; }

    /// <summary>What the point is, in words: the place or station named, or 您的位置.</summary>
    public string? FromLabel { get; init; }

    public string? At { get; init; }

    public string? StationId { get; init; }

    public string? Q { get; init; }

    public string? Skill { get; init; }

    public string? Date { get; init; }

    public string? PayUnit { get; init; }

    public int RadiusMeters { get; init; } = DefaultRadiusMeters;

    public int Page { get; init; } = 1;

    /// <summary>The same search on another page (or with another radius), as a query string: coordinates already converted, so the link is stable.</summary>
    public string QueryString(int? page = null, int? radiusMeters = null)
    {
        var parts = new List<string>();
        if (At is not null)
        {
            parts.Add("at=" + Uri.EscapeDataString(At));
        }
        else if (StationId is not null)
        {
            parts.Add("station=" + Uri.EscapeDataString(StationId));
        }
        else if (From is not null)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"lng={From.Lng:0.######}&lat={From.Lat:0.######}"));
        }

        Add(parts, "q", Q);
        Add(parts, "skill", Skill);
        Add(parts, "date", Date);
        Add(parts, "pay_unit", PayUnit);
        var radius = radiusMeters ?? RadiusMeters;
        if (radius != DefaultRadiusMeters)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"radius_m={radius}"));
        }

        var p = page ?? Page;
        if (p > 1)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"page={p}"));
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }
}
