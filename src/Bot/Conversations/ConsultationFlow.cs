using ZeroWork.Market.Consultations;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Training;

namespace ZeroWork.Bot.Conversations;

/// <summary>Labour-rights and policy questions, training sign-up and "人工" become consultations in the responsible station's inbox (第三、七条).</summary>
public sealed class ConsultationFlow(MarketDb db, StationDirectory stations)
{
    public string Open(ConversationContext ctx, ConsultationKind kind, IReadOnlyList<string> skills, IReadOnlyList<string> thread)
    {
        var person = ctx.Person;
        var station = stations.Responsible(person.District, person.Worker?.Home);
        var id = db.Consultations.Insert(new Consultation
        {
            Kind = kind,
            PersonId = person.Id,
            Channel = ctx.Message.Channel,
            StationId = station.Id,
            State = ConsultationState.Open,
            Skills = skills,
            Thread = [.. thread.Select(t => new ThreadMessage { At = ctx.UtcNow, Text = t })],
            CreatedAt = ctx.UtcNow,
        }).AsInt32;
        ctx.Effects.Add($"consultation:{id} {kind}");
        ctx.EndFlow();
        var hotline = station.Hotline ?? "0710-12333";
        return kind == ConsultationKind.Handover
            ? $"已为您转人工：{station.Name}的工作人员会尽快联系您。急事请拨打{hotline}。"
            : $"已收到，已转给{station.Name}，工作人员会尽快回复您。急事请拨打{hotline}。";
    }

    /// <summary>Signs the person up for the next course teaching the skill when there is one; otherwise the station follows up.</summary>
    public string Training(ConversationContext ctx, IReadOnlyList<string> skills, string text)
    {
        var today = ctx.ChinaNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var course = db.Courses.FindAll()
            .Where(c => c.Skill is not null && skills.Contains(c.Skill) && string.CompareOrdinal(c.StartsOn, today) >= 0)
            .OrderBy(c => c.StartsOn, StringComparer.Ordinal)
            .FirstOrDefault();
        if (course is null)
        {
            return Open(ctx, ConsultationKind.Training, skills, [text]);
        }

        var person = ctx.Person;
        if (!db.Enrolments.Exists(e => e.CourseId == course.Id && e.PersonId == person.Id))
        {
            db.Enrolments.Insert(new Enrolment { CourseId = course.Id, PersonId = person.Id, EnrolledAt = ctx.UtcNow });
            ctx.Effects.Add($"enrolment:{course.Id}");
        }

        ctx.EndFlow();
        return $"已为您报名“{course.Title}”，{DateText.Describe(course.StartsOn, null)}开班{(course.Subsidised ? "，符合条件可享受培训补贴" : "")}。开班前会通知您。";
    }
}
