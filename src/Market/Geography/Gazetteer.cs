namespace ZeroWork.Market.Geography;

/// <summary>Xiangyang's places, looked up by full name or alias, or found in free text by longest match.</summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, Place> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Place>> allByName = new(StringComparer.Ordinal);

    /// <summary>Every name, so a scan finds 太平店镇 before 太平店 before 太平 in one walk per position.</summary>
    private readonly NameTrie<string> trie = new();

    public Gazetteer(IEnumerable<Place> places)
    {
        Places = [.. places];
        foreach (var place in Places)
        {
            Add(place.Name, place);
            foreach (var alias in place.Aliases)
            {
                Add(alias, place);
            }
        }

        foreach (var name in allByName.Keys.Where(n => n.Length > 0))
        {
            trie.Add(name, name);
        }
    }

    /// <summary>Xiangyang's counties, townships, streets and landmarks, and every village and community of the statistical codes.</summary>
    public static Gazetteer Xiangyang { get; } = new([.. XiangyangPlaces.All, .. XiangyangVillages.Load(XiangyangPlaces.All)]);

    public IReadOnlyList<Place> Places { get; }

    /// <summary>Every known name and alias.</summary>
    public IEnumerable<string> Names => allByName.Keys;

    public Place? Find(string nameOrAlias) => byName.GetValueOrDefault(nameOrAlias.Trim());

    /// <summary>Every place a name may mean, in data order (county-level areas first).</summary>
    public IReadOnlyList<Place> FindAll(string nameOrAlias) =>
        allByName.TryGetValue(nameOrAlias.Trim(), out var list) ? list : [];

    /// <summary>The known names in a text, left to right, longest match at each position, not overlapping. Linear in the text length, whatever the number of names.</summary>
    public IReadOnlyList<PlaceMention> Scan(string text)
    {
        List<PlaceMention>? found = null;
        var i = 0;
        while (i < text.Length)
        {
            var (matched, name) = trie.LongestAt(text, i);
            if (name is not null)
            {
                (found ??= []).Add(new PlaceMention(i, matched, name, allByName[name]));
            }

            i += matched > 0 ? matched : 1;
        }

        return found ?? (IReadOnlyList<PlaceMention>)[];
    }

    private void Add(string name, Place place)
    {
        byName.TryAdd(name, place);
        if (!allByName.TryGetValue(name, out var list))
        {
            allByName[name] = list = [];
        }

        if (!list.Contains(place))
        {
            list.Add(place);
        }
    }
}
