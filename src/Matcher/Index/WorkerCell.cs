using ZeroWork.Market.Geography;

namespace ZeroWork.Matcher.Index;

/// <summary>The workers of one grid cell as parallel arrays (struct of arrays), so a scan reads skills and coordinates sequentially.</summary>
public sealed class WorkerCell
{
    private int[] ids;
    private double[] lats;
    private double[] lngs;
    private ulong[] skills;
    private float[] pay;
    private byte[] payUnits;
    private int[]?[] freeDays;
    private float[] reliability;
    private int[] lastActive;

    public WorkerCell(int capacity)
    {
        capacity = Math.Max(1, capacity);
        ids = new int[capacity];
        lats = new double[capacity];
        lngs = new double[capacity];
        skills = new ulong[capacity];
        pay = new float[capacity];
        payUnits = new byte[capacity];
        freeDays = new int[]?[capacity];
        reliability = new float[capacity];
        lastActive = new int[capacity];
    }

    public int Count { get; private set; }

    public int IdAt(int pos) => ids[pos];

    /// <summary>Appends and returns the position.</summary>
    public int Add(in WorkerEntry e)
    {
        if (Count == ids.Length)
        {
            Grow(ids.Length * 2);
        }

        Set(Count, e);
        return Count++;
    }

    /// <summary>Removes by moving the last worker into the hole; returns the id that moved (or -1).</summary>
    public int RemoveAt(int pos)
    {
        var last = Count - 1;
        var moved = -1;
        if (pos != last)
        {
            ids[pos] = ids[last];
            lats[pos] = lats[last];
            lngs[pos] = lngs[last];
            skills[pos] = skills[last];
            pay[pos] = pay[last];
            payUnits[pos] = payUnits[last];
            freeDays[pos] = freeDays[last];
            reliability[pos] = reliability[last];
            lastActive[pos] = lastActive[last];
            moved = ids[pos];
        }

        freeDays[last] = null;
        Count = last;
        return moved;
    }

    public void Set(int pos, in WorkerEntry e)
    {
        ids[pos] = e.Id;
        lats[pos] = e.Lat;
        lngs[pos] = e.Lng;
        skills[pos] = e.Skills;
        pay[pos] = e.PayWanted;
        payUnits[pos] = e.PayUnit;
        freeDays[pos] = e.FreeDays;
        reliability[pos] = e.Reliability;
        lastActive[pos] = e.LastActiveMinutes;
    }

    /// <summary>Bytes held by the arrays (capacity, not count), for the memory report.</summary>
    public long Bytes => ids.Length * (4L + 8 + 8 + 8 + 4 + 1 + 8 + 4 + 4);

    /// <summary>Offers every worker of the cell who passes the query's filters. Skills are checked first (one word), then a flat-earth box, then the exact sphere distance.</summary>
    public void Scan(WorkerQuery q, TopCandidates top)
    {
        var probe = new Probe(q);
        var skillSpan = skills.AsSpan(0, Count);
        for (var i = 0; i < skillSpan.Length; i++)
        {
            if ((skillSpan[i] & probe.AnySkill) != 0)
            {
                Consider(q, probe, i, top);
            }
        }
    }

    /// <summary>The same filters for positions another structure (the STRtree baseline) chose.</summary>
    public void ScanPositions(WorkerQuery q, IEnumerable<int> positions, TopCandidates top)
    {
        var probe = new Probe(q);
        foreach (var i in positions)
        {
            if ((skills[i] & probe.AnySkill) != 0)
            {
                Consider(q, probe, i, top);
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Consider(WorkerQuery q, in Probe probe, int i, TopCandidates top)
    {
        var dy = (lats[i] - q.Lat) * GridGeometry.MetresPerDegreeLat;
        var dx = (lngs[i] - q.Lng) * probe.MetresPerDegreeLng;
        var flat2 = (dx * dx) + (dy * dy);
        if (flat2 > probe.OuterSquared)
        {
            return;
        }

        // Only the band around the border needs the exact sphere distance to decide; inside it the flat one ranks as well (the winners get exact distances at the end).
        double d;
        if (flat2 >= probe.InnerSquared)
        {
            d = GeoMath.DistanceMeters(q.Lat, q.Lng, lats[i], lngs[i]);
            if (d > q.RadiusMeters)
            {
                return;
            }
        }
        else
        {
            d = Math.Sqrt(flat2);
        }

        if (q.WorkDay >= 0 && freeDays[i] is { } free && Array.IndexOf(free, q.WorkDay) < 0)
        {
            return;
        }

        // NaN (not stated) on either side compares false, so only stated pay in the same unit can exclude.
        if (payUnits[i] != 0 && payUnits[i] == q.PayUnit && pay[i] > q.PayOffer)
        {
            return;
        }

        if (q.Exclude is { } exclude && exclude.Contains(ids[i]))
        {
            return;
        }

        var exact = (skills[i] & q.ExactSkills) != 0;
        top.Offer(new Candidate(ids[i], d, exact, Ranking.Score(d, q.RadiusMeters, exact, reliability[i], lastActive[i], q.NowMinutes), lats[i], lngs[i]));
    }

    private void Grow(int capacity)
    {
        Array.Resize(ref ids, capacity);
        Array.Resize(ref lats, capacity);
        Array.Resize(ref lngs, capacity);
        Array.Resize(ref skills, capacity);
        Array.Resize(ref pay, capacity);
        Array.Resize(ref payUnits, capacity);
        Array.Resize(ref freeDays, capacity);
        Array.Resize(ref reliability, capacity);
        Array.Resize(ref lastActive, capacity);
    }

    private readonly struct Probe
    {
        public readonly ulong AnySkill;
        public readonly double MetresPerDegreeLng;
        public readonly double OuterSquared;
        public readonly double InnerSquared;

        public Probe(WorkerQuery q)
        {
            AnySkill = q.ExactSkills | q.CloseSkills;
            MetresPerDegreeLng = GridGeometry.MetresPerDegreeLat * Math.Cos(GeoMath.DegreesToRadians(q.Lat));

            // The flat distance (x scaled at the query's latitude) differs from the sphere's by about d·tan(lat)·d/R (0.2 m at 1.5 km here); the margin is several times that.
            var r = q.RadiusMeters;
            var margin = 5.0 + (r * 0.002) + (3.0 * r * r / GeoMath.EarthRadiusMeters);
            OuterSquared = (r + margin) * (r + margin);
            InnerSquared = r > margin ? (r - margin) * (r - margin) : 0;
        }
    }
}
