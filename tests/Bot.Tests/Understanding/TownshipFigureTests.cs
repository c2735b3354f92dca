using System.Globalization;
using Xunit.Abstractions;
using ZeroWork.Bot.Understanding;
using ZeroWork.Market.Geography;

namespace ZeroWork.Bot.Tests.Understanding;

/// <summary>
/// The township figure: every township, street, 管理区 and farm of the statistical codes, named by its short form the way a
/// worker texts it ("明天有空 会小工 住卧龙"), must read as the right district (≥ 95 %) and land within 3 km of an
/// independent public reference point (≥ 90 %). Two references, each in Data/: township-reference.tsv (units and districts
/// from the NBS codes, points from GeoNames, WGS-84 shifted to GCJ-02 here) and township-reference-adcode.tsv (Vonng/adcode,
/// Amap centres, GCJ-02). The gazetteer's seats were first set from GeoNames, so the second reference is the check that does
/// not share its source; where the two are more than 2 km apart the data names the one trusted and why.
/// </summary>
public sealed class TownshipFigureTests(ITestOutputHelper output)
{
    private const double WithinMeters = 3_000;
    private const double DisagreeMeters = 2_000;

    private sealed record Row(string Code, string Name, string Short, string District, GeoPoint? GeoNames, string Source, string Trusted, string Why);

    /// <summary>Seats within 3 km of one reference, and the ones that are not.</summary>
    private sealed class Tally(string reference)
    {
        public int Near { get; private set; }

        public int Of { get; private set; }

        public List<string> Misses { get; } = [];

        public double Share => Of == 0 ? 0 : (double)Near / Of;

        public void Add(string name, double meters)
        {
            Of++;
            if (meters <= WithinMeters)
            {
                Near++;
            }
            else
            {
                Misses.Add(double.IsInfinity(meters)
                    ? $"{name}: no point (a shared name left open)"
                    : string.Create(CultureInfo.InvariantCulture, $"{name}: {meters / 1000:0.0} km from {reference}"));
            }
        }

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"within 3 km of {reference}: {Near}/{Of} = {Share:P1}");
    }

    [Fact]
    public void Short_township_names_after_住_read_as_the_right_district_and_point()
    {
        var rows = Rows();
        var second = SecondReference();
        var reader = new MessageReader();
        var now = new DateTimeOffset(2026, 7, 2, 8, 0, 0, TimeSpan.FromHours(8));
        int districtRight = 0;
        var districtMisses = new List<string>();
        Tally geonames = new("GeoNames"), adcode = new("adcode"), trusted = new("the trusted reference");
        foreach (var row in rows)
        {
            var r = reader.Read($"明天有空 会小工 住{row.Short}", "sms", now);
            if (r.District == row.District)
            {
                districtRight++;
            }
            else
            {
                districtMisses.Add($"{row.Short}: district {r.District ?? "none"} (want {row.District}{(r.PlaceOptions.Count > 1 ? $", {r.PlaceOptions.Count} options" : string.Empty)})");
            }

            // A reading with no point (a shared name left open) is as far as can be from every reference.
            double To(GeoPoint reference) =>
                r.Lng is { } lng && r.Lat is { } lat ? GeoMath.DistanceMeters(lat, lng, reference.Lat, reference.Lng) : double.PositiveInfinity;

            var secondPoint = second.GetValueOrDefault(row.Code);
            if (row.GeoNames is { } g)
            {
                geonames.Add(row.Short, To(g));
            }

            if (secondPoint is not null)
            {
                adcode.Add(row.Short, To(secondPoint));
            }

            if (TrustedPoint(row, secondPoint) is { } t)
            {
                trusted.Add(row.Short, To(t));
            }
        }

        var districtShare = (double)districtRight / rows.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"right district {districtRight}/{rows.Count} = {districtShare:P1}"));
        output.WriteLine(geonames.ToString());
        output.WriteLine(adcode.ToString());
        output.WriteLine(trusted.ToString());
        var references = rows.Select(r => (r.GeoNames is null ? 0 : 1) + (second.ContainsKey(r.Code) ? 1 : 0)).ToList();
        output.WriteLine($"seats with two references {references.Count(n => n == 2)}, one {references.Count(n => n == 1)}, none {references.Count(n => n == 0)}");
        districtMisses.ForEach(output.WriteLine);
        trusted.Misses.ForEach(output.WriteLine);
        Assert.True(rows.Count >= 110, $"the reference lists {rows.Count} units");
        Assert.True(districtShare >= 0.95, $"right district {districtShare:P1}: {string.Join("; ", districtMisses)}");
        Assert.True(geonames.Share >= 0.90, $"{geonames}: {string.Join("; ", geonames.Misses)}");
        Assert.True(adcode.Share >= 0.90, $"{adcode}: {string.Join("; ", adcode.Misses)}");
        Assert.True(trusted.Share >= 0.90, $"{trusted}: {string.Join("; ", trusted.Misses)}");
    }

    [Fact]
    public void The_references_are_complete_and_every_disagreement_between_them_is_explained()
    {
        var rows = Rows();
        var second = SecondReference();
        Assert.Equal(rows.Count, rows.Select(r => (r.Name, r.District)).Distinct().Count());
        Assert.All(rows, r => Assert.True(Districts.Names.ContainsKey(r.District), r.Name));
        Assert.All(rows.Where(r => r.GeoNames is not null), r => Assert.True(GeoMath.IsInXiangyang(r.GeoNames!), r.Name));
        var codes = rows.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(second, s => Assert.Contains(s.Key, codes));
        Assert.All(second.Values, p => Assert.True(GeoMath.IsInXiangyang(p), p.ToString()));

        // Each reference covers every district, so neither figure is carried by one county.
        var byGeoNames = rows.Where(r => r.GeoNames is not null).Select(r => r.District).ToHashSet();
        var bySecond = rows.Where(r => second.ContainsKey(r.Code)).Select(r => r.District).ToHashSet();
        Assert.All(Districts.Names.Keys, d => Assert.Contains(d, byGeoNames));
        Assert.All(Districts.Names.Keys, d => Assert.Contains(d, bySecond));

        var gaps = new List<double>();
        foreach (var row in rows)
        {
            var secondPoint = second.GetValueOrDefault(row.Code);
            var gap = row.GeoNames is { } g && secondPoint is not null ? GeoMath.DistanceMeters(g, secondPoint) : (double?)null;
            if (gap is > DisagreeMeters)
            {
                Assert.True(row.Trusted is "geonames" or "adcode", $"{row.Name}: the references are {gap / 1000:0.0} km apart and the data names none trusted");
                Assert.False(string.IsNullOrWhiteSpace(row.Why), $"{row.Name}: trusted {row.Trusted} without a reason");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Name}: references {gap / 1000:0.0} km apart, trusted {row.Trusted}: {row.Why}"));
            }
            else
            {
                // A mark left over from data that has since changed would make the figure use a reference for no reason.
                Assert.True(row.Trusted.Length == 0 && row.Why.Length == 0, $"{row.Name}: trusted {row.Trusted} but the references do not disagree");
            }

            if (gap is { } m)
            {
                gaps.Add(m);
            }
        }

        gaps.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seats in both references {gaps.Count}: within 2 km of each other {gaps.Count(m => m <= DisagreeMeters)}, median {gaps[gaps.Count / 2] / 1000:0.00} km"));
    }

    /// <summary>The reference the figure uses for a seat: the trusted one where the two disagree, else the one that does not share the gazetteer's source.</summary>
    private static GeoPoint? TrustedPoint(Row row, GeoPoint? second) => row.Trusted switch
    {
        "geonames" => row.GeoNames,
        "adcode" => second,
        _ => second ?? row.GeoNames,
    };

    private static IEnumerable<string[]> Fields(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Understanding", "Data", file);
        return File.ReadLines(path).Where(line => line.Length > 0 && line[0] != '#').Select(line => line.Split('\t'));
    }

    private static List<Row> Rows() =>
        [
            .. Fields("township-reference.tsv").Select(f => new Row(
                f[0],
                f[1],
                f[2],
                f[3],
                f[4].Length > 0 ? ChinaDatums.FromWgs84(double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture)) : null,
                f[6],
                f[7],
                f[8])),
        ];

    /// <summary>The second reference by code; GCJ-02 as published, so no shift.</summary>
    private static Dictionary<string, GeoPoint> SecondReference() =>
        Fields("township-reference-adcode.tsv").ToDictionary(
            f => f[0],
            f => new GeoPoint(double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture)),
            StringComparer.Ordinal);
}
