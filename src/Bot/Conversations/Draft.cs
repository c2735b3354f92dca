using System.Globalization;
using ZeroWork.Bot.Understanding;
using ZeroWork.Market.Geography;

namespace ZeroWork.Bot.Conversations;

/// <summary>A typed view over the string slots of a conversation: what a post or registration has collected so far.</summary>
public sealed class Draft(Dictionary<string, string> slots)
{
    public Dictionary<string, string> Slots { get; } = slots;

    public IReadOnlyList<string> Skills => Get("skills") is { Length: > 0 } s ? s.Split(',') : [];

    public string? Place => Get("place");

    public string? District => Get("district");

    public GeoPoint? Point => Get("lng") is { } lng && Get("lat") is { } lat
        ? new GeoPoint(double.Parse(lng, CultureInfo.InvariantCulture), double.Parse(lat, CultureInfo.InvariantCulture))
        : null;

    public string? Date => Get("date");

    public string? Time => Get("time");

    public decimal? PayMin => Decimal("pay_min");

    public decimal? PayMax => Decimal("pay_max");

    public string? PayUnit => Get("pay_unit");

    public int Headcount => Get("headcount") is { } h ? int.Parse(h, CultureInfo.InvariantCulture) : 1;

    public string? Phone => Get("phone");

    public string? Name => Get("name");

    public int? Age => Get("age") is { } a ? int.Parse(a, CultureInfo.InvariantCulture) : null;

    public string? Text => Get("text");

    public bool HasPay => PayMin is not null || PayMax is not null;

    /// <summary>Takes every field the reading states; a later statement wins (that is how corrections work).</summary>
    public void Merge(Reading reading, bool includeHeadcount)
    {
        var skills = reading.Skills.Where(s => s != "other").ToList();
        if (skills.Count > 0)
        {
            Set("skills", string.Join(',', skills));
        }

        if (reading.Place is not null)
        {
            Set("place", reading.Place);
            Set("district", reading.District);
            Set("lng", reading.Lng?.ToString(CultureInfo.InvariantCulture));
            Set("lat", reading.Lat?.ToString(CultureInfo.InvariantCulture));
        }
        else if (reading.District is not null && District is null)
        {
            Set("district", reading.District);
        }

        Set("date", reading.Date);
        Set("time", reading.Time);
        if (reading.PayMin is not null || reading.PayMax is not null)
        {
            Slots.Remove("pay_min");
            Slots.Remove("pay_max");
            Set("pay_min", reading.PayMin?.ToString(CultureInfo.InvariantCulture));
            Set("pay_max", reading.PayMax?.ToString(CultureInfo.InvariantCulture));
            var unit = reading.PayUnit ?? PayUnit;
            Slots.Remove("pay_unit");
            Set("pay_unit", unit);
        }

        if (includeHeadcount && reading.Headcount is { } headcount and > 0 and < 1000)
        {
            Set("headcount", headcount.ToString(CultureInfo.InvariantCulture));
        }

        Set("phone", reading.Phone);
        Set("name", reading.Name);
        Set("age", reading.Age?.ToString(CultureInfo.InvariantCulture));
    }

    public void SetPoint(GeoPoint point, string? label)
    {
        Set("lng", point.Lng.ToString(CultureInfo.InvariantCulture));
        Set("lat", point.Lat.ToString(CultureInfo.InvariantCulture));
        if (Place is null || label is not null)
        {
            Set("place", string.IsNullOrWhiteSpace(label) ? "微信位置" : label.Trim());
        }
    }

    public void Set(string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Slots[key] = value;
        }
    }

    public string? Get(string key) => Slots.TryGetValue(key, out var v) ? v : null;

    private decimal? Decimal(string key) => Get(key) is { } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : null;
}
