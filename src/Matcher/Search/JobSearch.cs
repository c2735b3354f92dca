using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Matching;
using ZeroWork.Matcher.Index;

namespace ZeroWork.Matcher.Search;

/// <summary>Keyword search over open posts (第五条): skill codes, and words matched against place, description, employer and the Chinese name of the work; nearest first from the asker's point, or from a place named in the words.</summary>
public sealed class JobSearch(OpenJobIndex jobs, Gazetteer gazetteer) : IJobSearch
{
    public const int DefaultLimit = 5;

    private static readonly char[] Separators = [' ', '，', ',', '、', '。', '；', ';', '\t', '\n'];

    public IReadOnlyList<JobHit> Search(JobQuery query)
    {
        var words = (query.Text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var from = query.From;
        if (from is null && words.Select(gazetteer.Find).FirstOrDefault(p => p is not null) is { } place)
        {
            // A named place is where the asker wants work, not a word the post must contain.
            from = place.Point;
            words.RemoveAll(w => gazetteer.Find(w) == place);
        }

        var skills = query.Skills.ToHashSet(StringComparer.Ordinal);
        var candidates = from is not null && query.RadiusMeters is { } radius
            ? jobs.Near(from, radius).Select(n => new JobHit(n.Job, n.DistanceMeters))
            : jobs.All().Select(j => new JobHit(j, from is not null && j.Point is { } p ? GeoMath.DistanceMeters(from, p) : null));
        var hits = candidates
            .Where(h => skills.Count == 0 || h.Job.Skills.Any(skills.Contains))
            .Where(h => query.WorkDate is null || h.Job.WorkDate == query.WorkDate)
            .Where(h => query.PayUnit is null || h.Job.PayUnit == query.PayUnit)
            .Where(h => words.TrueForAll(w => Mentions(h.Job, w)));
        // The grid's answer is already nearest first: sorting thousands of hits again would double the cost of a wide radius.
        var ordered = from is null
            ? hits.OrderByDescending(h => h.Job.PublishedAt ?? h.Job.CreatedAt).ThenByDescending(h => h.Job.Id)
            : query.RadiusMeters is not null ? hits : hits.OrderBy(h => h.DistanceMeters ?? double.MaxValue).ThenByDescending(h => h.Job.Id);
        return [.. ordered.Skip(Math.Max(0, query.Skip)).Take(query.Limit > 0 ? query.Limit : DefaultLimit)];
    }

    private bool Mentions(JobPost job, string word) =>
        Contains(job.PlaceText, word)
        || (gazetteer.Find(word) is { } place && place.District == job.District)
        || Contains(job.Description, word)
        || Contains(job.EmployerName, word)
        || Contains(job.District, word)
        || job.Skills.Any(s => s == word || SkillCatalog.NameOf(s).Contains(word, StringComparison.Ordinal) || (SkillCatalog.CodeOfName(word) == s));

    private static bool Contains(string? text, string word) => text?.Contains(word, StringComparison.OrdinalIgnoreCase) == true;
}
