using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Time;
using ZeroWork.Matcher.Planning;

namespace ZeroWork.Matcher.TakeUp;

/// <summary>What the employer hears about a post (taken, full, a taker withdrew, nobody nearby), each naming the post, through the outbox once per key.</summary>
public static class Notices
{
    /// <summary>How a notice names the post: "明天7:00小工，编号12".</summary>
    public static string Label(MarketDb db, JobPost job) => $"{JobWords.When(job, ChinaTime.Today(db.Time))}{JobWords.Kind(job)}，编号{job.Id}";

    /// <summary>The first wave found nobody within the radius: the employer hears so instead of waiting.</summary>
    public static void NobodyNearby(MarketDb db, int jobId) => db.InTransaction(() =>
    {
        if (db.Jobs.FindById(jobId) is { } job)
        {
            Tell(db, db.People.FindById(job.EmployerId), MessageTemplates.NobodyNearby, [Label(db, job)], $"nobody:{jobId}");
        }
    });

    public static void Tell(MarketDb db, Person? person, MessageTemplate template, string[] variables, string key, string purpose = "handover")
    {
        if (person is null || ChannelChooser.Choose(person, db.UtcNow) is not { } route)
        {
            return;
        }

        db.Enqueue(new OutboxMessage
        {
            Channel = route.Channel,
            Address = route.Address,
            Template = template.Name,
            Variables = variables,
            Text = template.Render(variables),
            IdempotencyKey = key,
            Purpose = purpose,
            State = OutboxState.Pending,
            PersonId = person.Id,
        });
    }
}
