using Microsoft.Extensions.Options;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Matching;
using ZeroWork.Matcher.Index;

namespace ZeroWork.Matcher.Public;

/// <summary>The public search: the Matcher's keyword search over open posts, with the searcher's words read as the bot reads them
/// (a trade word or its slang becomes a skill, a place becomes where to search from, the rest must appear in the post).</summary>
public sealed class PublicJobs(IJobSearch search, OpenJobIndex open, ISkillWords skillWords, PublicStations stations, IOptions<PublicOptions> options)
{
    private static readonly char[] Separators = [' ', '　', '，', ',', '、', '。', '；', ';', '\t'];

    public JobsResult Find(JobsRequest request, bool withStations = true)
    {
        var skills = new List<string>();
        var words = new List<string>();
        foreach (var word in (request.Q ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (request.From is null && Gazetteer.Xiangyang.Find(word) is { } place)
            {
                request = request with { From = place.Point, FromLabel = place.Name };
            }
            else if (skillWords.SkillsIn(word) is { Count: > 0 } named)
            {
                skills.AddRange(named);
            }
            else
            {
                words.Add(word);
            }
        }

        if (request.Skill is { } chosen)
        {
            skills = [chosen];
        }

        var size = options.Value.PageSize;
        var hits = search.Search(new JobQuery(request.From, skills.Distinct(StringComparer.Ordinal).ToList(), string.Join(' ', words), size + 1)
        {
            RadiusMeters = request.From is null ? null : request.RadiusMeters,
            Skip = (request.Page - 1) * size,
            WorkDate = request.Date,
            PayUnit = request.PayUnit,
        });
        var jobs = hits.Take(size).Select(h => View(h.Job, h.DistanceMeters, withStations)).ToList();
        return new JobsResult(request, jobs, hits.Count > size);
    }

    /// <summary>An open post by id; null when it is full, closed, held for review or unknown, so none of those is shown.</summary>
    public JobView? Get(int id, GeoPoint? from) =>
        open.Get(id) is { } job ? View(job, from is not null && job.Point is { } p ? GeoMath.DistanceMeters(from, p) : null, withStation: true) : null;

    private JobView View(Market.Jobs.JobPost job, double? distance, bool withStation)
    {
        if (!withStation)
        {
            return new JobView(job, distance, null, null);
        }

        var station = stations.For(job);
        return new JobView(job, distance, station, stations.HotlineOf(station));
    }
}
