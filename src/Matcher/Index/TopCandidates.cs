namespace ZeroWork.Matcher.Index;

/// <summary>Keeps the best <c>limit</c> candidates seen (a bounded min-heap), so ranking costs O(n log k) instead of a full sort.</summary>
public sealed class TopCandidates(int limit)
{
    private static readonly Comparer<Candidate> Worse = Comparer<Candidate>.Create(Compare);

    private readonly PriorityQueue<Candidate, Candidate> heap = new(Worse);

    public int Count => heap.Count;

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

    /// <summary>Best first.</summary>
    public Candidate[] ToArray()
    {
        var all = heap.UnorderedItems.Select(x => x.Element).ToArray();
        Array.Sort(all, (a, b) => Compare(b, a));
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
