using System.Globalization;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Matcher.Index;
using ZeroWork.Matcher.Skills;

namespace ZeroWork.Matcher.Benchmarks;

/// <summary>Synthetic workers and posts for the match benchmark: the gazetteer's places as population centres with a Gaussian spread, and a skill mix like the older workers of a gig market.</summary>
public sealed class SyntheticMarket(int seed = 7)
{
    /// <summary>Share of the population and spread (metres) per county-level place; the city districts hold most workers.</summary>
    private static readonly Dictionary<string, (double Weight, double Sigma)> Centres = new(StringComparer.Ordinal)
    {
        ["樊城区"] = (0.20, 3000),
        ["襄城区"] = (0.12, 2500),
        ["襄州区"] = (0.14, 3500),
        ["高新区"] = (0.12, 3000),
        ["东津新区"] = (0.05, 2500),
        ["枣阳市"] = (0.10, 3000),
        ["老河口市"] = (0.06, 2500),
        ["宜城市"] = (0.06, 2500),
        ["南漳县"] = (0.05, 2000),
        ["谷城县"] = (0.06, 2500),
        ["保康县"] = (0.04, 1500),
    };

    private static readonly (string Code, double Weight)[] SkillMix =
    [
        ("construction_helper", 16), ("porter", 10), ("cleaner", 10), ("housekeeper", 7), ("farmhand", 7), ("bricklayer", 6),
        ("security", 5), ("factory", 5), ("caregiver", 4), ("cook", 3), ("dishwasher", 3), ("sorter", 3), ("gardener", 3),
        ("painter", 2), ("carpenter", 2), ("electrician", 2), ("welder", 2), ("mover", 2), ("driver", 2), ("courier", 2), ("waiter", 2),
        ("plumber", 1), ("rebar", 1), ("scaffolder", 1), ("renovation", 1), ("nanny", 1), ("sewing", 1), ("repair", 1),
        ("forklift", 0.5), ("promoter", 0.5),
    ];

    private readonly Random random = new(seed);

    public static int CentreCount => Centres.Count;
    private readonly (GeoPoint Point, double Weight, double Sigma)[] places = [.. Gazetteer.Xiangyang.Places
        .Where(p => Centres.ContainsKey(p.Name))
        .Select(p => (p.Point, Centres[p.Name].Weight, Centres[p.Name].Sigma))];

    public List<WorkerEntry> Workers(int count, DateOnly today, int nowMinutes)
    {
        var list = new List<WorkerEntry>(count);
        for (var id = 1; id <= count; id++)
        {
            var at = Point();
            var skills = SkillMasks.MaskOf(Enumerable.Range(0, SkillCount()).Select(_ => Skill()));
            var paid = random.NextDouble() < 0.2;
            int[]? free = random.NextDouble() < 0.1 ? [today.DayNumber + random.Next(0, 3)] : null;
            var taken = random.Next(0, 20);
            list.Add(new WorkerEntry(
                id,
                at.Lat,
                at.Lng,
                skills,
                paid ? 120 + random.Next(0, 200) : float.NaN,
                paid ? PayUnits.Of("day") : (byte)0,
                free,
                WorkerEntries.Reliability(taken, taken - random.Next(0, Math.Max(1, taken / 4))),
                nowMinutes - random.Next(0, 30 * 24 * 60)));
        }

        return list;
    }

    /// <summary>A post's query: a point drawn from the population, one skill of the mix, 1-3 people, a day's pay.</summary>
    public WorkerQuery Query(double radius, int waveFactor, DateOnly today, int nowMinutes)
    {
        var at = Point();
        var exact = SkillMasks.MaskOf([Skill()]);
        return new WorkerQuery(at.Lat, at.Lng, radius, exact, SkillMasks.CloseMaskOf(exact), today.DayNumber + random.Next(0, 3), 150 + random.Next(0, 150), PayUnits.Of("day"), nowMinutes, waveFactor * random.Next(1, 4));
    }

    /// <summary>Open posts for the public search bench: points drawn from the same population, one skill of the mix, 1-5 people, mostly a day's pay, today to three days on.</summary>
    public List<JobPost> Posts(int count, DateOnly today, DateTime utcNow)
    {
        var list = new List<JobPost>(count);
        for (var id = 1; id <= count; id++)
        {
            var pay = 120 + (random.Next(0, 30) * 5);
            var hourly = random.NextDouble() < 0.15;
            list.Add(new JobPost
            {
                Id = id,
                Skills = [Skill()],
                Headcount = random.Next(1, 6),
                PayMin = hourly ? pay / 8 : pay,
                PayMax = hourly ? pay / 8 : pay,
                PayUnit = hourly ? "hour" : "day",
                WorkDate = today.AddDays(random.Next(0, 4)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                StartTime = $"{random.Next(6, 10):00}:{random.Next(0, 2) * 30:00}",
                PlaceText = "合成岗位",
                Point = Point(),
                Status = JobStatus.Published,
                CreatedAt = utcNow.AddMinutes(-random.Next(0, 3 * 24 * 60)),
                PublishedAt = utcNow.AddMinutes(-random.Next(0, 3 * 24 * 60)),
            });
        }

        return list;
    }

    /// <summary>A point drawn from the population (where searchers stand).</summary>
    public GeoPoint Somewhere() => Point();

    private GeoPoint Point()
    {
        var pick = random.NextDouble() * places.Sum(p => p.Weight);
        var place = places[^1];
        foreach (var p in places)
        {
            pick -= p.Weight;
            if (pick <= 0)
            {
                place = p;
                break;
            }
        }

        var dx = Gaussian() * place.Sigma;
        var dy = Gaussian() * place.Sigma;
        var lat = place.Point.Lat + (dy / GridGeometry.MetresPerDegreeLat);
        var lng = place.Point.Lng + (dx / (GridGeometry.MetresPerDegreeLat * Math.Cos(GeoMath.DegreesToRadians(place.Point.Lat))));
        return new GeoPoint(lng, lat);
    }

    private int SkillCount() => random.NextDouble() switch
    {
        < 0.6 => 1,
        < 0.9 => 2,
        _ => 3,
    };

    private string Skill()
    {
        var pick = random.NextDouble() * SkillMix.Sum(s => s.Weight);
        foreach (var (code, weight) in SkillMix)
        {
            pick -= weight;
            if (pick <= 0)
            {
                return code;
            }
        }

        return SkillMix[0].Code;
    }

    private double Gaussian()
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
