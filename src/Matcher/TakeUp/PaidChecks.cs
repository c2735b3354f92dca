using System.Globalization;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Time;

namespace ZeroWork.Matcher.TakeUp;

/// <summary>The day after a job's date, from 09:00 China time, each taker is asked once "X月X日的活，工钱结了吗？". Jobs more than <see cref="LookBackDays"/> days old are not asked about.</summary>
public sealed class PaidChecks(MarketDb db)
{
    public const int AskFromHour = 9;

    public const int LookBackDays = 3;

    /// <returns>Takers asked.</returns>
    public int AskDue()
    {
        var now = ChinaTime.Now(db.Time);
        if (now.Hour < AskFromHour)
        {
            return 0;
        }

        var today = DateOnly.FromDateTime(now.DateTime);
        var asked = 0;

        // One index seek per day looked back: the pushes only grow, and the sweep runs every minute.
        for (var back = 1; back <= LookBackDays; back++)
        {
            var day = today.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var date = today.AddDays(-back).ToString("M月d日", CultureInfo.InvariantCulture);
            foreach (var job in db.Jobs.Find(j => j.WorkDate == day).Where(j => j.TakerIds.Count > 0).ToList())
            {
                foreach (var workerId in job.TakerIds)
                {
                    var key = Push.KeyOf(job.Id, workerId);
                    var push = db.Pushes.FindOne(p => p.Key == key);
                    if (push is not { State: PushState.Accepted, PaidAskedAt: null })
                    {
                        continue;
                    }

                    db.InTransaction(() =>
                    {
                        Notices.Tell(db, db.People.FindById(workerId), MessageTemplates.PaidCheck, [date], $"paid:{job.Id}:{workerId}", "ask");
                        db.Pushes.Update(push with { PaidAskedAt = db.UtcNow });
                    });
                    asked++;
                }
            }
        }

        return asked;
    }
}
