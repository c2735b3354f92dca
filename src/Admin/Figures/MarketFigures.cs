using System.Globalization;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Time;

namespace ZeroWork.Admin.Figures;

/// <summary>Counts computed from the records, filtered by jurisdiction (station ids; null = the whole city).</summary>
public static class MarketFigures
{
    public static Figures For(IMarketStore db, IReadOnlySet<string>? stations, DateTime fromUtc, DateTime toUtc, TimeSpan overdue)
    {
        var posts = db.Jobs.CreatedBetween(fromUtc, toUtc).Count(j => !Sandbox.IsPost(j) && Jurisdiction.Includes(stations, j.Collector.StationId));
        var registrations = db.People.RegisteredBetween(fromUtc, toUtc).Count(p => !Sandbox.IsPerson(p) && Jurisdiction.Includes(stations, p.StationId));
        var jobStation = new Dictionary<int, string?>();
        bool InView(Push p)
        {
            if (stations is null)
            {
                return true;
            }

            if (!jobStation.TryGetValue(p.JobId, out var station))
            {
                station = db.Jobs.Find(p.JobId)?.Collector.StationId;
                jobStation[p.JobId] = station;
            }

            return Jurisdiction.Includes(stations, station);
        }

        var pushes = db.Pushes.CreatedBetween(fromUtc, toUtc).Count(InView);
        var fills = db.Pushes.AcceptedBetween(fromUtc, toUtc).Count(InView);
        var asked = db.Consultations.OpenedBetween(fromUtc, toUtc).Where(c => Jurisdiction.Includes(stations, c.StationId)).ToList();
        var answered = asked.Where(c => c.FirstResponseAt is not null).ToList();
        return new Figures
        {
            Posts = posts,
            Registrations = registrations,
            Pushes = pushes,
            Fills = fills,
            Consultations = asked.Count,
            ConsultationsAnswered = answered.Count,
            MeanFirstResponseHours = answered.Count == 0 ? null : answered.Average(c => (c.FirstResponseAt!.Value - c.CreatedAt).TotalHours),
            AnsweredInTimeShare = asked.Count == 0 ? null : (double)answered.Count(c => c.FirstResponseAt!.Value - c.CreatedAt <= overdue) / asked.Count,
        };
    }

    /// <summary>The same figures for every station at once, in one pass over each collection (the assessment table covers every township station).</summary>
    public static IReadOnlyDictionary<string, Figures> ByStation(IMarketStore db, DateTime fromUtc, DateTime toUtc, TimeSpan overdue)
    {
        var posts = db.Jobs.CreatedBetween(fromUtc, toUtc).Where(j => j.Collector.StationId is not null && !Sandbox.IsPost(j))
            .GroupBy(j => j.Collector.StationId!).ToDictionary(g => g.Key, g => g.Count());
        var registrations = db.People.RegisteredBetween(fromUtc, toUtc).Where(p => p.StationId is not null && !Sandbox.IsPerson(p))
            .GroupBy(p => p.StationId!).ToDictionary(g => g.Key, g => g.Count());
        var jobStation = new Dictionary<int, string?>();
        string? StationOfJob(int jobId)
        {
            if (!jobStation.TryGetValue(jobId, out var station))
            {
                station = db.Jobs.Find(jobId)?.Collector.StationId;
                jobStation[jobId] = station;
            }

            return station;
        }

        var pushes = db.Pushes.CreatedBetween(fromUtc, toUtc).Select(p => StationOfJob(p.JobId)).Where(s => s is not null)
            .GroupBy(s => s!).ToDictionary(g => g.Key, g => g.Count());
        var fills = db.Pushes.AcceptedBetween(fromUtc, toUtc).Select(p => StationOfJob(p.JobId)).Where(s => s is not null)
            .GroupBy(s => s!).ToDictionary(g => g.Key, g => g.Count());
        var asked = db.Consultations.OpenedBetween(fromUtc, toUtc).GroupBy(c => c.StationId).ToDictionary(g => g.Key, g => g.ToList());
        var keys = posts.Keys.Concat(registrations.Keys).Concat(pushes.Keys).Concat(fills.Keys).Concat(asked.Keys).ToHashSet(StringComparer.Ordinal);
        return keys.ToDictionary(k => k, k =>
        {
            var mine = asked.GetValueOrDefault(k) ?? [];
            var answered = mine.Where(c => c.FirstResponseAt is not null).ToList();
            return new Figures
            {
                Posts = posts.GetValueOrDefault(k),
                Registrations = registrations.GetValueOrDefault(k),
                Pushes = pushes.GetValueOrDefault(k),
                Fills = fills.GetValueOrDefault(k),
                Consultations = mine.Count,
                ConsultationsAnswered = answered.Count,
                MeanFirstResponseHours = answered.Count == 0 ? null : answered.Average(c => (c.FirstResponseAt!.Value - c.CreatedAt).TotalHours),
                AnsweredInTimeShare = mine.Count == 0 ? null : (double)answered.Count(c => c.FirstResponseAt!.Value - c.CreatedAt <= overdue) / mine.Count,
            };
        }, StringComparer.Ordinal);
    }

    /// <summary>Figures of several stations together. Means and shares are weighted by what they are means of, so the sum is exact.</summary>
    public static Figures Sum(IEnumerable<Figures> parts)
    {
        var list = parts.ToList();
        var answered = list.Sum(f => f.ConsultationsAnswered);
        var asked = list.Sum(f => f.Consultations);
        return new Figures
        {
            Posts = list.Sum(f => f.Posts),
            Registrations = list.Sum(f => f.Registrations),
            Pushes = list.Sum(f => f.Pushes),
            Fills = list.Sum(f => f.Fills),
            Consultations = asked,
            ConsultationsAnswered = answered,
            MeanFirstResponseHours = answered == 0 ? null : list.Where(f => f.MeanFirstResponseHours is not null).Sum(f => f.MeanFirstResponseHours!.Value * f.ConsultationsAnswered) / answered,
            AnsweredInTimeShare = asked == 0 ? null : list.Where(f => f.AnsweredInTimeShare is not null).Sum(f => f.AnsweredInTimeShare!.Value * f.Consultations) / asked,
        };
    }

    public static int OpenConsultations(IMarketStore db, IReadOnlySet<string>? stations) =>
        db.Consultations.Unclosed().Count(c => Jurisdiction.Includes(stations, c.StationId));

    /// <summary>Posts and registrations per China-time day over the last <paramref name="days"/> days, oldest first.</summary>
    public static IReadOnlyList<DailyCount> Daily(IMarketStore db, IReadOnlySet<string>? stations, int days)
    {
        var today = ChinaTime.Now(db.Time).Date;
        var fromUtc = DateTime.SpecifyKind(today.AddDays(1 - days) - ChinaTime.Offset, DateTimeKind.Utc);
        string Day(DateTime utc) => ChinaTime.ToChina(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var posts = db.Jobs.CreatedBetween(fromUtc, DateTime.MaxValue).Where(j => !Sandbox.IsPost(j) && Jurisdiction.Includes(stations, j.Collector.StationId)).GroupBy(j => Day(j.CreatedAt)).ToDictionary(g => g.Key, g => g.Count());
        var people = db.People.RegisteredBetween(fromUtc, DateTime.MaxValue).Where(p => !Sandbox.IsPerson(p) && Jurisdiction.Includes(stations, p.StationId)).GroupBy(p => Day(p.CreatedAt)).ToDictionary(g => g.Key, g => g.Count());
        return [.. Enumerable.Range(0, days).Select(i =>
        {
            var day = today.AddDays(i + 1 - days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new DailyCount(day, posts.GetValueOrDefault(day), people.GetValueOrDefault(day));
        })];
    }

    /// <summary>The UTC start of the China-time day and month containing now.</summary>
    public static (DateTime Day, DateTime Month) Starts(TimeProvider time)
    {
        var now = ChinaTime.Now(time);
        var day = DateTime.SpecifyKind(now.Date - ChinaTime.Offset, DateTimeKind.Utc);
        var month = DateTime.SpecifyKind(new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Unspecified) - ChinaTime.Offset, DateTimeKind.Utc);
        return (day, month);
    }
}
