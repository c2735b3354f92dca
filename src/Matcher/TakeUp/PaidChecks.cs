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
        var oldest = today.AddDays(-LookBackDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var todayText = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var asked = 0;
        foreach (var push in db.Pushes.Find(p => p.State == PushState.Accepted && p.PaidAskedAt == null).ToList())
        {
            var job = db.Jobs.FindById(push.JobId);
            if (job?.WorkDate is not { } day || string.CompareOrdinal(day, todayText) >= 0 || string.CompareOrdinal(day, oldest) < 0 || !job.TakerIds.Contains(push.WorkerId))
            {
                continue;
            }

            db.InTransaction(() =>
            {
                var date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("M月d日", CultureInfo.InvariantCulture);
                Notices.Tell(db, db.People.FindById(push.WorkerId), MessageTemplates.PaidCheck, [date], $"paid:{push.JobId}:{push.WorkerId}", "ask");
                db.Pushes.Update(push with { PaidAskedAt = db.UtcNow });
            });
            asked++;
        }

        return asked;
    }
}
