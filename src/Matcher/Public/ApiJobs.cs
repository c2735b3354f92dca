using System.Globalization;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;

namespace ZeroWork.Matcher.Public;

/// <summary>Turns a page of the public search into the API's records.</summary>
public static class ApiJobs
{
    public static ApiJobsPage From(JobsResult result, string publicBaseUrl)
    {
        var root = publicBaseUrl.TrimEnd('/');
        var jobs = result.Jobs.Select(v => Job(v, root)).ToList();
        return new ApiJobsPage(jobs, result.HasMore ? root + PublicPaths.Api + result.Request.QueryString(result.Request.Page + 1) : null);
    }

    private static ApiJob Job(JobView view, string root)
    {
        var job = view.Job;
        var place = Unlisted.Numbers(job.PlaceText);
        return new ApiJob(
            job.Id,
            job.Skills,
            SkillCatalog.Describe(job.Skills),
            view.HeadcountLeft,
            job.PayMin,
            job.PayMax,
            job.PayUnit,
            Start(job),
            place,
            job.Point is { } at ? Math.Round(at.Lng, 6) : null,
            job.Point is { } on ? Math.Round(on.Lat, 6) : null,
            view.DistanceMeters is { } d ? (int)Math.Round(d) : null,
            job.Point is { } p ? NavigationLink.Amap(p, place) : null,
            root + PublicPaths.Job(job.Id));
    }

    /// <summary>ISO 8601 in China time: "2026-11-27T07:00:00+08:00", the day alone when no time was given, null when neither.</summary>
    private static string? Start(JobPost job)
    {
        if (!DateOnly.TryParseExact(job.WorkDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        return TimeOnly.TryParseExact(job.StartTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? new DateTimeOffset(day.ToDateTime(time), Market.Time.ChinaTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
