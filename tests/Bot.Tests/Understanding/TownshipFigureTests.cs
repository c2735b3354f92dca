using System.Globalization;
using Xunit.Abstractions;
using ZeroWork.Bot.Understanding;
using ZeroWork.Market.Geography;

namespace ZeroWork.Bot.Tests.Understanding;

/// <summary>
/// The township figure: every township, street, 管理区 and farm of the statistical codes, named by its short form the way a
/// worker texts it ("明天有空 会小工 住卧龙"), must read as the right district (≥ 95 %) and land within 3 km of the
/// independent reference point where one exists (≥ 90 %). The reference table is Data/township-reference.tsv: units and
/// districts from the NBS codes, points from GeoNames (WGS-84, shifted to GCJ-02 here).
/// </summary>
public sealed class TownshipFigureTests(ITestOutputHelper output)
{
    private const double WithinMeters = 3_000;

    private sealed record Row(string Name, string Short, string District, GeoPoint? Reference, string Source);

    [Fact]
    public void Short_township_names_after_住_read_as_the_right_district_and_point()
    {
        var rows = Rows();
        var reader = new MessageReader();
        var now = new DateTimeOffset(2026, 7, 2, 8, 0, 0, TimeSpan.FromHours(8));
        int districtRight = 0, withReference = 0, near = 0;
        var misses = new List<string>();
        foreach (var row in rows)
        {
            var r = reader.Read($"明天有空 会小工 住{row.Short}", "sms", now);
            if (r.District == row.District)
            {
                districtRight++;
            }
            else
            {
                misses.Add($"{row.Short}: district {r.District ?? "none"} (want {row.District}{(r.PlaceOptions.Count > 1 ? $", {r.PlaceOptions.Count} options" : string.Empty)})");
            }

            if (row.Reference is { } reference)
            {
                withReference++;
                var meters = r.Lng is { } lng && r.Lat is { } lat ? GeoMath.DistanceMeters(lat, lng, reference.Lat, reference.Lng) : double.PositiveInfinity;
                if (meters <= WithinMeters)
                {
                    near++;
                }
                else
                {
                    misses.Add($"{row.Short}: {meters / 1000:0.0} km from {row.Source}");
                }
            }
        }

        var districtShare = (double)districtRight / rows.Count;
        var nearShare = (double)near / withReference;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"right district {districtRight}/{rows.Count} = {districtShare:P1}; within 3 km {near}/{withReference} = {nearShare:P1}"));
        misses.ForEach(output.WriteLine);
        Assert.True(rows.Count >= 110, $"the reference lists {rows.Count} units");
        Assert.True(districtShare >= 0.95, $"right district {districtShare:P1}: {string.Join("; ", misses)}");
        Assert.True(nearShare >= 0.90, $"within 3 km {nearShare:P1}: {string.Join("; ", misses)}");
    }

    [Fact]
    public void The_reference_is_independent_of_the_gazetteer_and_complete()
    {
        var rows = Rows();
        Assert.Equal(rows.Count, rows.Select(r => (r.Name, r.District)).Distinct().Count());
        Assert.All(rows, r => Assert.True(Districts.Names.ContainsKey(r.District), r.Name));
        Assert.All(rows.Where(r => r.Reference is not null), r => Assert.True(GeoMath.IsInXiangyang(r.Reference!), r.Name));

        // Every district with rural townships has reference points, so the figure is not carried by one county.
        var covered = rows.Where(r => r.Reference is not null).Select(r => r.District).ToHashSet();
        Assert.All(Districts.Names.Keys, d => Assert.Contains(d, covered));
    }

    private static List<Row> Rows()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Understanding", "Data", "township-reference.tsv");
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            GeoPoint? reference = f[4].Length > 0
                ? ChinaDatums.FromWgs84(double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture))
                : null;
            rows.Add(new Row(f[1], f[2], f[3], reference, f[6]));
        }

        return rows;
    }
}
