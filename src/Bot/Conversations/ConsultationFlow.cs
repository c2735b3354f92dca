using ZeroWork.Market.Consultations;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Training;

namespace ZeroWork.Bot.Conversations;

/// <summary>Labour-rights and policy questions, training sign-up and "人工" become consultations in the responsible station's inbox (第三、七条).</summary>
public sealed class ConsultationFlow(IMarketStore db, StationDirectory stations)
{
    /// <summary>How long an open consultation takes follow-ups into its thread rather than a new one.</summary>
    public static readonly TimeSpan ThreadWindow = TimeSpan.FromDays(7);

    /// <summary>Opens a consultation, or adds to the person's open one of the same kind. It goes to the station of the place the message names, else the person's own, else the city 总站.</summary>
    public string Open(ConversationContext ctx, ConsultationKind kind, IReadOnlyList<string> skills, IReadOnlyList<string> thread, Station? at = null)
    {
        var person = ctx.Person;
        var lines = thread.Select(t => new ThreadMessage { At = ctx.UtcNow, Text = t }).ToList();
        if (OpenThread(person.Id, kind, ctx.UtcNow) is { } open)
        {
            db.Consultations.Update(open with { Thread = [.. open.Thread, .. lines] });
            return FollowUp(ctx, open.Id, stations.Find(open.StationId)?.Name);
        }

        var station = at ?? Where(ctx);
        var id = db.Consultations.Insert(new Consultation
        {
            Kind = kind,
            PersonId = person.Id,
            Channel = ctx.Message.Channel,
            StationId = station.Id,
            State = ConsultationState.Open,
            Skills = skills,
            Thread = lines,
            CreatedAt = ctx.UtcNow,
        });
        ctx.Effects.Add($"consultation:{id} {kind}");
        ctx.State = ctx.State with { Flow = Flows.Consulting, Asking = null, Slots = new() { ["consultation"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        var hotline = station.Hotline ?? "0710-12333";
        return kind == ConsultationKind.Handover
            ? $"已为您转人工：{station.Name}的工作人员会尽快联系您。急事请拨打{hotline}。"
            : $"已收到（编号{id}），已转给{station.Name}，工作人员会尽快回复您；要补充什么直接发。急事请拨打{hotline}。";
    }

    /// <summary>A message after a consultation opened joins its thread.</summary>
    public string? AddToThread(ConversationContext ctx, string text)
    {
        if (!ctx.State.Slots.TryGetValue("consultation", out var value) || !int.TryParse(value, out var id)
            || db.Consultations.FindForUpdate(id) is not { State: not ConsultationState.Closed } open)
        {
            ctx.EndFlow();
            return null;
        }

        db.Consultations.Update(open with { Thread = [.. open.Thread, new ThreadMessage { At = ctx.UtcNow, Text = text }] });
        return FollowUp(ctx, id, stations.Find(open.StationId)?.Name);
    }

    private string FollowUp(ConversationContext ctx, int id, string? station)
    {
        ctx.Effects.Add($"consultation:{id} followed up");
        ctx.State = ctx.State with { Flow = Flows.Consulting, Asking = null, Slots = new() { ["consultation"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        return $"已补充到您的咨询（编号{id}），{station ?? "工作人员"}会一并回复您。";
    }

    private Consultation? OpenThread(int personId, ConsultationKind kind, DateTime utcNow)
    {
        var since = utcNow - ThreadWindow;
        var open = db.Consultations.OfPerson(personId)
            .Where(c => c.Kind == kind && c.CreatedAt >= since && c.State != ConsultationState.Closed)
            .OrderByDescending(c => c.CreatedAt)
            .FirstOrDefault();

        // For update: staff may be answering it on another node; a thread line must not overwrite theirs.
        return open is null ? null : db.Consultations.FindForUpdate(open.Id) is { State: not ConsultationState.Closed } locked ? locked : null;
    }

    /// <summary>The place the message names, else where the person lives or registered, else the city hub (never "the first sub-station").</summary>
    private Station Where(ConversationContext ctx)
    {
        if (ctx.Reading is { District: not null } or { Lng: not null } && ctx.Reading is { } r)
        {
            return stations.Responsible(r.District, r.Lng is { } lng && r.Lat is { } lat ? new GeoPoint(lng, lat) : null);
        }

        var person = ctx.Person;
        if (stations.Find(person.StationId) is { } own)
        {
            return own;
        }

        return person.District is not null || person.Worker?.Home is not null
            ? stations.Responsible(person.District, person.Worker?.Home)
            : stations.Hub();
    }

    /// <summary>Signs the person up for the next course teaching the skill when there is one; otherwise the station follows up.</summary>
    public string Training(ConversationContext ctx, IReadOnlyList<string> skills, string text)
    {
        var today = ctx.ChinaNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var course = db.Training.Courses()
            .Where(c => c.Skill is not null && skills.Contains(c.Skill) && string.CompareOrdinal(c.StartsOn, today) >= 0)
            .OrderBy(c => c.StartsOn, StringComparer.Ordinal)
            .FirstOrDefault();
        if (course is null)
        {
            return Open(ctx, ConsultationKind.Training, skills, [text]);
        }

        var person = ctx.Person;
        if (!db.Training.IsEnrolled(course.Id, person.Id))
        {
            db.Training.Enrol(new Enrolment { CourseId = course.Id, PersonId = person.Id, EnrolledAt = ctx.UtcNow });
            ctx.Effects.Add($"enrolment:{course.Id}");
        }

        ctx.EndFlow();
        return $"已为您报名“{course.Title}”，{DateText.Describe(course.StartsOn, null)}开班{(course.Subsidised ? "，符合条件可享受培训补贴" : "")}。开班前会通知您。";
    }
}
