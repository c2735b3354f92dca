using ZeroWork.Market.Jobs;
using ZeroWork.Market.Geography;
using ZeroWork.Matcher.Index;
using ZeroWork.Matcher.Skills;
using ZeroWork.Matcher.Tests.Support;

namespace ZeroWork.Matcher.Tests.Index;

/// <summary>The index must return exactly the workers a brute-force haversine scan finds, border points included.</summary>
public sealed class WorkerIndexPropertyTests
{
    private const double Radius = 1500;

    [Theory]
    [InlineData(1, 1500)]
    [InlineData(2, 1500)]
    [InlineData(3, 500)]
    [InlineData(4, 3000)]
    [InlineData(5, 1500)]
    public void Candidates_equal_a_brute_force_scan(int seed, double cellMeters)
    {
        var random = new Random(seed);
        var workers = RandomWorkers(random, 4000);
        var index = new WorkerIndex(cellMeters);
        index.Build(workers);

        for (var q = 0; q < 60; q++)
        {
            var centre = Geo.Offset(Geo.Fancheng, random.NextDouble() * 360, random.NextDouble() * 3000);

            // Workers right at the border of this query: 1 500 m ± 1 m.
            var border = Enumerable.Range(0, 40)
                .Select(i => Entry(100_000 + (q * 100) + i, Geo.Offset(centre, random.NextDouble() * 360, Radius + ((random.NextDouble() * 2) - 1)), ulong.MaxValue))
                .ToList();
            foreach (var b in border)
            {
                index.Upsert(b);
            }

            var all = workers.Concat(border).ToList();
            var skills = q % 2 == 0 ? ulong.MaxValue : SkillMasks.MaskOf([SkillCatalog.Codes[random.Next(SkillCatalog.Codes.Count)]]);
            var query = new WorkerQuery(centre.Lat, centre.Lng, Radius, skills, 0, -1, float.NaN, 0, 0, int.MaxValue);

            var expected = all
                .Where(w => (w.Skills & skills) != 0 && GeoMath.DistanceMeters(centre.Lat, centre.Lng, w.Lat, w.Lng) <= Radius)
                .Select(w => w.Id)
                .ToHashSet();
            var found = index.Find(query).Select(c => c.WorkerId).ToList();

            Assert.Equal(found.Count, found.Distinct().Count());
            Assert.True(expected.SetEquals(found), $"query {q}: expected {expected.Count}, index found {found.Count}");
            Assert.Contains(border, b => expected.Contains(b.Id));
            Assert.Contains(border, b => !expected.Contains(b.Id));

            foreach (var b in border)
            {
                index.Remove(b.Id);
            }
        }

        Assert.Equal(workers.Count, index.Count);
    }

    [Fact]
    public void Moves_and_removals_keep_the_index_equal_to_the_scan()
    {
        var random = new Random(42);
        var workers = RandomWorkers(random, 3000).ToDictionary(w => w.Id);
        var index = new WorkerIndex();
        index.Build([.. workers.Values]);
        for (var i = 0; i < 2000; i++)
        {
            var id = random.Next(1, 3001);
            if (random.Next(3) == 0)
            {
                index.Remove(id);
                workers.Remove(id);
            }
            else
            {
                var moved = Entry(id, Geo.Offset(Geo.Fancheng, random.NextDouble() * 360, random.NextDouble() * 5000), 1UL << random.Next(31));
                index.Upsert(moved);
                workers[id] = moved;
            }
        }

        Assert.Equal(workers.Count, index.Count);
        var scan = new LinearScan([.. workers.Values]);
        var tree = new StrTreeIndex([.. workers.Values]);
        for (var q = 0; q < 50; q++)
        {
            var centre = Geo.Offset(Geo.Fancheng, random.NextDouble() * 360, random.NextDouble() * 4000);
            var query = new WorkerQuery(centre.Lat, centre.Lng, Radius, ulong.MaxValue, 0, -1, float.NaN, 0, 0, 20);
            var expected = scan.Find(query);
            Assert.Equal(expected, index.Find(query));
            Assert.Equal(expected, tree.Find(query));
        }
    }

    [Fact]
    public void Ranking_prefers_near_exact_reliable_recent()
    {
        var index = new WorkerIndex();
        var bricklayer = SkillMasks.MaskOf(["bricklayer"]);
        var helper = SkillMasks.MaskOf(["construction_helper"]);
        index.Build(
        [
            Entry(1, Geo.Offset(Geo.Fancheng, 0, 1200), bricklayer),
            Entry(2, Geo.Offset(Geo.Fancheng, 0, 200), bricklayer),
            Entry(3, Geo.Offset(Geo.Fancheng, 0, 200), helper),
            Entry(4, Geo.Offset(Geo.Fancheng, 90, 200), bricklayer) with { Reliability = 0.95f },
        ]);
        var query = new WorkerQuery(Geo.Fancheng.Lat, Geo.Fancheng.Lng, Radius, bricklayer, SkillMasks.CloseMaskOf(bricklayer), -1, float.NaN, 0, 0, 10);

        var ranked = index.Find(query);

        // Same distance: reliability wins (4 over 2), exact skill wins (2 over 3); distance weighs most (3 at 200 m over 1 at 1 200 m).
        Assert.Equal([4, 2, 3, 1], ranked.Select(c => c.WorkerId));
        Assert.False(ranked[2].ExactSkill);
    }

    private static List<WorkerEntry> RandomWorkers(Random random, int count) =>
        [.. Enumerable.Range(1, count).Select(id => Entry(
            id,
            Geo.Offset(Geo.Fancheng, random.NextDouble() * 360, random.NextDouble() * 6000),
            (1UL << random.Next(31)) | (random.Next(3) == 0 ? 1UL << random.Next(31) : 0)))];

    private static WorkerEntry Entry(int id, GeoPoint at, ulong skills) =>
        new(id, at.Lat, at.Lng, skills, float.NaN, 0, null, 0.5f, 0);
}
