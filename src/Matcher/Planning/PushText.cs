using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Matcher.Planning;

/// <summary>The variables of <see cref="MessageTemplates.JobPush"/> for one worker, shortened until the SMS fits one 70-character segment where it can.</summary>
public static class PushText
{
    public const int OneSegment = 70;

    public static IReadOnlyList<string> Variables(JobPost job, double distanceMeters, string link, string linkPrefix, string todayChina)
    {
        var kind = JobWords.Kind(job);
        var when = JobWords.When(job, todayChina);
        var pay = JobWords.Pay(job);
        var distance = JobWords.Distance(distanceMeters);
        IReadOnlyList<string>? last = null;

        // Give up place characters first: the link and the distance already say where.
        foreach (var placeLength in new[] { 8, 5, 3, 0 })
        {
            var place = JobWords.Place(job, placeLength);
            var detail = place.Length == 0 ? "，" + pay : $"，{place} {pay}";
            last = [kind, when.Length == 0 ? "" : "，" + when, detail, distance, link];
            if (SmsSegments.Count(MessageTemplates.JobPush.Render(last, linkPrefix)) == 1)
            {
                return last;
            }
        }

        return last!;
    }
}
