using ZeroWork.Market.Geography;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// Settles a place name several places share (城关 is in 南漳, 谷城 and 保康; 板桥 in 南漳 and 宜城) from what the dialogue
/// knows: the district of the person's earlier messages, or their answer to <see cref="Question"/>.
/// </summary>
public static class PlaceChoice
{
    /// <summary>Whether the reading names a shared place it could not settle.</summary>
    public static bool IsAmbiguous(Reading reading) => reading.PlaceOptions.Count > 1 && reading.District is null;

    /// <summary>The reading with its place settled in <paramref name="district"/> (the person's earlier district), or unchanged when none fits.</summary>
    public static Reading Settle(Reading reading, string? district)
    {
        if (!IsAmbiguous(reading) || district is null || reading.PlaceOptions.FirstOrDefault(p => p.District == district) is not { } place)
        {
            return reading;
        }

        return reading with
        {
            District = place.District,
            Lng = place.Point.Lng,
            Lat = place.Point.Lat,
            PlaceOptions = [],
            PlaceApproximate = place.Approximate,
        };
    }

    /// <summary>What to ask when nothing settles it: 您说的"城关"是哪个县的？请连县名再发一次，如"谷城城关"（南漳县、谷城县、保康县）.</summary>
    public static string Question(Reading reading)
    {
        var counties = reading.PlaceOptions.Select(p => Districts.NameOf(p.District)).Distinct(StringComparer.Ordinal).ToList();
        var example = counties.Count > 0 ? $"{counties[0].TrimEnd('区', '市', '县')}{reading.Place}" : reading.Place;
        return $"您说的“{reading.Place}”是哪个县市的？请连县市名再发一次，如“{example}”（{string.Join("、", counties)}）";
    }
}
