using System.Globalization;
using ZeroWork.Market.Time;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// The understanding pipeline: normalise, then one extractor per field, then intent. Pay, age and headcount are read only
/// where the contract gives them meaning (no pay in a rights complaint, no headcount on a worker's own message, no age
/// in an employer's requirements). Never throws; linear time in the (capped) input.
/// </summary>
public sealed class MessageReader : IMessageReader
{
    public Reading Read(string text, string channel, DateTimeOffset now)
    {
        try
        {
            return ReadCore(text, now);
        }
        catch (Exception)
        {
            // A reader bug must never cost a message: an unreadable text is read as "other" and handled by a person.
            return new Reading();
        }
    }

    private static Reading ReadCore(string? text, DateTimeOffset now)
    {
        var normalized = Normalizer.Normalize(text);
        if (normalized.Plain.Length == 0)
        {
            return new Reading();
        }

        var plain = normalized.Plain;
        var numeric = normalized.Numeric;
        var skills = SkillExtractor.Extract(plain);
        var phone = PhoneExtractor.Extract(numeric);
        var place = PlaceExtractor.Extract(plain);
        var today = DateOnly.FromDateTime(now.ToOffset(ChinaTime.Offset).DateTime);
        var date = DateExtractor.Extract(numeric, today);
        var time = TimeExtractor.Extract(numeric);
        var trades = SkillLexicon.Scanner.Scan(numeric);
        var pay = PayExtractor.Extract(PayRanges.Open(numeric), trades);
        var hasContent = phone is not null || date is not null || pay is not null;
        var intent = IntentClassifier.Classify(normalized, skills, hasContent, pay is not null && skills.Count > 0, phone is not null);

        skills = intent switch
        {
            Intents.PostJob => SkillExtractor.ForPost(skills),
            Intents.Other when SpeakerCues.Freight().IsMatch(plain) => skills.Contains("driver") ? skills : [.. skills.Append("driver").Order(StringComparer.Ordinal)],
            Intents.Other when SpeakerCues.Sale().IsMatch(plain) => [],
            _ => skills,
        };

        var payAllowed = intent is not (Intents.ConsultRights or Intents.ConsultPolicy or Intents.Training or Intents.Unsubscribe or Intents.Help or Intents.ClosePost);
        var postJob = intent == Intents.PostJob;
        return new Reading
        {
            Intent = intent,
            Skills = skills,
            Headcount = postJob ? HeadcountExtractor.Extract(numeric, trades) : null,
            PayMin = payAllowed ? pay?.Min : null,
            PayMax = payAllowed ? pay?.Max : null,
            PayUnit = payAllowed ? pay?.Unit : null,
            Date = date is not null && WorkDay.Keeps(intent, plain) ? date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Time = time?.ToString("HH:mm", CultureInfo.InvariantCulture),
            District = place?.District,
            Place = place?.Place,
            Phone = phone,
            Name = NameExtractor.Extract(plain),
            Age = postJob ? null : AgeExtractor.Extract(numeric),
            Lng = place?.Point?.Lng,
            Lat = place?.Point?.Lat,
            PlaceOptions = place?.Options ?? [],
            PlaceApproximate = place?.Approximate ?? false,
        };
    }
}
