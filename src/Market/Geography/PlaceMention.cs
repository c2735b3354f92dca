namespace ZeroWork.Market.Geography;

/// <summary>A known place name found in a text: where, which name, and every place that name may mean (城关镇 is in three counties).</summary>
public sealed record PlaceMention(int Start, int Length, string Name, IReadOnlyList<Place> Places)
{
    public int End => Start + Length;
}
