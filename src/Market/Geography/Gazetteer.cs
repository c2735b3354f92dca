namespace ZeroWork.Market.Geography;

/// <summary>Xiangyang's places, looked up by full name or alias, or found in free text by longest match.</summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, Place> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Place>> allByName = new(StringComparer.Ordinal);

    /// <summary>Names by first character, longest first, so a scan tries 太平店镇 before 太平店 before 太平.</summary>
    private readonly Dictionary<char, string[]> namesByFirstChar;

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

        namesByFirstChar = allByName.Keys
            .Where(n => n.Length > 0)
            .GroupBy(n => n[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToArray());
    }

    public static Gazetteer Xiangyang { get; } = new(XiangyangPlaces.All);

    public IReadOnlyList<Place> Places { get; }

    /// <summary>Every known name and alias.</summary>
    public IEnumerable<string> Names => allByName.Keys;

    public Place? Find(string nameOrAlias) => byName.GetValueOrDefault(nameOrAlias.Trim());

    /// <summary>Every place a name may mean, in data order (county-level areas first).</summary>
    public IReadOnlyList<Place> FindAll(string nameOrAlias) =>
        allByName.TryGetValue(nameOrAlias.Trim(), out var list) ? list : [];

    /// <summary>The known names in a text, left to right, longest match at each position, not overlapping. Linear in the text length.</summary>
    public IReadOnlyList<PlaceMention> Scan(string text)
    {
        List<PlaceMention>? found = null;
        var i = 0;
        while (i < text.Length)
        {
            var matched = 0;
            if (namesByFirstChar.TryGetValue(text[i], out var candidates))
            {
                foreach (var name in candidates)
                {
                    if (name.Length <= text.Length - i && string.CompareOrdinal(text, i, name, 0, name.Length) == 0)
                    {
                        (found ??= []).Add(new PlaceMention(i, name.Length, name, allByName[name]));
                        matched = name.Length;
                        break;
                    }
                }
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
