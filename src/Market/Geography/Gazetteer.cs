namespace ZeroWork.Market.Geography;

/// <summary>Xiangyang's places, looked up by full name or alias.</summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, Place> byName = new(StringComparer.Ordinal);

    public Gazetteer(IEnumerable<Place> places)
    {
        Places = [.. places];
        foreach (var place in Places)
        {
            byName.TryAdd(place.Name, place);
            foreach (var alias in place.Aliases)
            {
                byName.TryAdd(alias, place);
            }
        }
    }

    public static Gazetteer Xiangyang { get; } = new(XiangyangPlaces.All);

    public IReadOnlyList<Place> Places { get; }

    public Place? Find(string nameOrAlias) => byName.GetValueOrDefault(nameOrAlias.Trim());
}
