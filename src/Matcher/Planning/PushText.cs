using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Matcher.Planning;

/// <summary>The variables of <see cref="MessageTemplates.JobPush"/> for one worker. An SMS is shortened until it fits one 70-character part with the signature; WeChat gets the whole text.</summary>
public static class PushText
{
    public const int OneSegment = 70;

    /// <summary>The signature the handset shows before the body: 【襄阳零工】 is six characters, and every character counts toward the 70.</summary>
    public const string AssumedSignature = "襄阳零工";

    public static IReadOnlyList<string> Variables(JobPost job, double distanceMeters, string link, string linkPrefix, string todayChina)
    {
        var kind = JobWords.Kind(job);
        var when = JobWords.When(job, todayChina);
        var pay = JobWords.Pay(job);
        var distance = "，" + JobWords.Distance(distanceMeters);
        IReadOnlyList<string>? last = null;

        // Give up place characters first (the link and the distance already say where), then a comma, then the distance, then the time of day.
        var dayOnly = System.Text.RegularExpressions.Regex.Replace(when, @"\d{1,2}:\d{2}$", "");
        var shapes = new List<(int Place, string When, string Distance)>();
        foreach (var placeLength in new[] { 8, 5, 3, 0 })
        {
            shapes.Add((placeLength, when.Length == 0 ? "" : "，" + when, distance));
        }

        shapes.Add((0, when, distance));
        shapes.Add((0, when, ""));
        shapes.Add((0, dayOnly, ""));
        foreach (var (placeLength, shownWhen, shownDistance) in shapes)
        {
            var place = JobWords.Place(job, placeLength);
            var detail = place.Length == 0 ? "，" + pay : $"，{place} {pay}";
            last = [kind, shownWhen, detail, shownDistance, link];
            if (linkPrefix.Length == 0 || SmsSegments.Count(AssumedSignature, MessageTemplates.JobPush.Render(last, linkPrefix)) == 1)
            {
                return last;
            }
        }

        return last!;
    }
}
