using ZeroWork.Market.Geography;

namespace ZeroWork.Matcher.Index;

/// <summary>Keeps the best <c>limit</c> candidates seen (a bounded min-heap), so ranking costs O(n log k) instead of a full sort.</summary>
public sealed class TopCandidates(int limit)
{
    private static readonly Comparer<Candidate> Worse = Comparer<Candidate>.Create(Compare);

    private readonly PriorityQueue<Candidate, Candidate> heap = new(Worse);

    public int Count => heap.Count;

    /// <summary>Whether no one scoring below <see cref="MinScore"/> can get in any more.</summary>
    public bool IsFull => heap.Count >= limit;

    public float MinScore => heap.Count == 0 ? float.MinValue : heap.Peek().Score;

    public void Offer(Candidate c)
    {
        if (limit <= 0)
        {
            return;
        }

        if (heap.Count < limit)
        {
            heap.Enqueue(c, c);
        }
        else if (Compare(c, heap.Peek()) > 0)
        {
            heap.DequeueEnqueue(c, c);
        }
    }

    /// <summary>Best first, each with the exact sphere distance from the query's point.</summary>
    public Candidate[] ToArray(WorkerQuery q)
    {
        var all = heap.UnorderedItems.Select(x => x.Element).ToArray();
        Array.Sort(all, (a, b) => Compare(b, a));
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = all[i] with { DistanceMeters = GeoMath.DistanceMeters(q.Lat, q.Lng, all[i].Lat, all[i].Lng) };
        }

        return all;
    }

    /// <summary>Total order: higher score, then nearer, then lower id, is better.</summary>
    private static int Compare(Candidate a, Candidate b)
    {
        var c = a.Score.CompareTo(b.Score);
        if (c != 0)
        {
            return c;
        }

        c = b.DistanceMeters.CompareTo(a.DistanceMeters);
        return c != 0 ? c : b.WorkerId.CompareTo(a.WorkerId);
    }
}
