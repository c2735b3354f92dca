using System.Globalization;
using Microsoft.AspNetCore.Http;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Stations;

namespace ZeroWork.Matcher.Public;

/// <summary>Reads a search from the query string the same way for the pages and the API, refusing what would be guessed: a bad parameter gets a message naming it, never a silent default.</summary>
public static class JobsRequestReader
{
    public const int MaxQueryLength = 50;
    public const int MaxPage = 1000;

    public static readonly IReadOnlyList<string> PayUnitCodes = ["day", "hour", "month", "piece", "job"];

    /// <summary>The request, or the reason it cannot be answered (in Chinese, naming the parameter).</summary>
    public static (JobsRequest? Request, string? Error) Read(IQueryCollection query, Gazetteer gazetteer, Func<string, Station?> findStation)
    {
        var lngText = Value(query, "lng");
        var latText = Value(query, "lat");
        var at = Value(query, "at");
        var stationId = Value(query, "station");
        var request = new JobsRequest();

        var origins = (lngText is not null || latText is not null ? 1 : 0) + (at is not null ? 1 : 0) + (stationId is not null ? 1 : 0);
        if (origins > 1)
        {
            return Fail("lng/lat、at 和 station 只能给一个：从哪里找，请只说一处。");
        }

        if (lngText is not null || latText is not null)
        {
            if (lngText is null || latText is null)
            {
                return Fail("lng 和 lat 要一起给（GCJ-02 经纬度，如 lng=112.131&lat=32.079）。");
            }

            if (!Number(lngText, out var lng) || !Number(latText, out var lat) || lng is < -180 or > 180 || lat is < -90 or > 90)
            {
                return Fail("lng/lat 不是有效的经纬度（经度 -180 到 180，纬度 -90 到 90，如 lng=112.131&lat=32.079）。");
            }

            var point = Value(query, "coord") switch
            {
                null or "gcj02" => new GeoPoint(lng, lat),
                "wgs84" => Gcj02.FromWgs84(lng, lat),
                _ => null,
            };
            if (point is null)
            {
                return Fail("coord 只能是 gcj02（默认）或 wgs84。");
            }

            if (!GeoMath.IsInXiangyang(point))
            {
                return Fail("这个位置不在襄阳市范围内（lng 是经度、lat 是纬度，如 lng=112.131&lat=32.079）。");
            }

            request = request with { From = point, FromLabel = "您的位置" };
        }
        else if (at is not null)
        {
            if (gazetteer.Find(at) is not { } place)
            {
                return Fail($"没有找到地点“{Clip(at)}”，请换个说法，如 七里河、檀溪路、樊城区。");
            }

            request = request with { From = place.Point, FromLabel = place.Name, At = at };
        }
        else if (stationId is not null)
        {
            if (findStation(stationId) is not { Point: { } point } station)
            {
                return Fail("没有这个驿站（station 用驿站列表里的编号）。");
            }

            request = request with { From = point, FromLabel = station.Name, StationId = station.Id };
        }

        var q = Value(query, "q");
        if (q is { Length: > MaxQueryLength })
        {
            return Fail($"q 太长了，最多 {MaxQueryLength} 个字。");
        }

        var skill = Value(query, "skill");
        if (skill is not null && !SkillCatalog.IsKnown(skill))
        {
            return Fail("skill 不是已知的工种代码（如 porter、cleaner、bricklayer）。");
        }

        var date = Value(query, "date");
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return Fail("date 要写成 年-月-日，如 2026-11-27。");
        }

        var payUnit = Value(query, "pay_unit");
        if (payUnit is not null && !PayUnitCodes.Contains(payUnit))
        {
            return Fail("pay_unit 只能是 day、hour、month、piece 或 job。");
        }

        var radius = JobsRequest.DefaultRadiusMeters;
        if (Value(query, "radius_m") is { } radiusText
            && (!int.TryParse(radiusText, NumberStyles.None, CultureInfo.InvariantCulture, out radius) || radius is < 1 or > JobsRequest.MaxRadiusMeters))
        {
            return Fail($"radius_m 要是 1 到 {JobsRequest.MaxRadiusMeters} 之间的整数（米），默认 {JobsRequest.DefaultRadiusMeters}。");
        }

        var page = 1;
        if (Value(query, "page") is { } pageText
            && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > MaxPage))
        {
            return Fail($"page 要是 1 到 {MaxPage} 之间的整数。");
        }

        return (request with { Q = q, Skill = skill, Date = date, PayUnit = payUnit, RadiusMeters = radius, Page = page }, null);
    }

    /// <summary>A parameter's single value, trimmed; empty counts as absent (an empty form field), two values as a mistake we do not guess at.</summary>
    private static string? Value(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        var value = values.Count == 1 ? values[0]?.Trim() : string.Join(",", values.ToArray());
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static bool Number(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static string Clip(string text) => text.Length <= 20 ? text : text[..20] + "…";

    private static (JobsRequest?, string?) Fail(string message) => (null, message);
}
