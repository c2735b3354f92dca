using System.Text.RegularExpressions;
using ZeroWork.Bot.Understanding;
using ZeroWork.Market.Events;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.People;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Conversations;

/// <summary>An employer posts a job: read the first message, ask only for what is missing one question at a time, confirm with a summary, publish (or hold for review).</summary>
public sealed partial class PostJobFlow(MarketDb db, StationDirectory stations)
{
    private const string Confirm = "confirm";

    public string Start(ConversationContext ctx, Reading reading)
    {
        ctx.State = ctx.State with { Flow = Flows.Post, Asking = null, Slots = [] };
        var draft = new Draft(ctx.State.Slots);
        draft.Set("text", ctx.Message.Text);
        draft.Merge(reading, includeHeadcount: true);
        return Next(ctx, draft);
    }

    public string Continue(ConversationContext ctx, Reading reading)
    {
        var draft = new Draft(ctx.State.Slots);
        var text = (ctx.Message.Text ?? "").Trim();
        if (ctx.State.Asking == Confirm)
        {
            if (IsYes(text))
            {
                return Publish(ctx, draft);
            }

            if (text is "2" or "修改" or "改")
            {
                return Replies.AskModify;
            }
        }

        // Inside a post, every number of people is the employer's ("改成3个人"), whatever the message alone reads as.
        draft.Merge(reading.Headcount is null ? reading with { Headcount = HeadcountExtractor.Extract(Normalizer.Normalize(text).Numeric) } : reading, includeHeadcount: true);
        FillAsked(ctx.State.Asking, text, reading, draft);
        return Next(ctx, draft);
    }

    public string TakeLocation(ConversationContext ctx, GeoPoint point, string? label)
    {
        var draft = new Draft(ctx.State.Slots);
        draft.SetPoint(point, label);
        return Next(ctx, draft);
    }

    private static bool IsYes(string text) => text is "1" or "确认" or "确定" or "好" or "好的" or "发布" or "是" or "对" or "可以";

    /// <summary>A short answer to the question just asked counts even when it carries no recognisable words ("檀溪路工地", "180").</summary>
    private static void FillAsked(string? asking, string text, Reading reading, Draft draft)
    {
        switch (asking)
        {
            case "place" when reading.Place is null && text.Length is > 0 and <= 30:
                draft.Set("place", text);
                break;
            case "pay" when !draft.HasPay && BareNumber().Match(text) is { Success: true } m:
                draft.Set("pay_min", m.Value);
                draft.Set("pay_max", m.Value);
                draft.Set("pay_unit", "day");
                break;
            case "date" when reading.Date is null && text is "随时" or "尽快" or "马上" or "现在":
                draft.Set("date", "today");
                break;
        }
    }

    private string Next(ConversationContext ctx, Draft draft)
    {
        if (draft.Phone is null && (ctx.Person.Employer?.ContactPhone ?? ctx.Person.Phone) is { } known)
        {
            draft.Set("phone", known);
        }

        if (draft.Date == "today")
        {
            draft.Set("date", ctx.ChinaNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        var (asking, question) = draft switch
        {
            { Skills.Count: 0 } => ("skills", Replies.AskSkill),
            { Place: null, Point: null } => ("place", Replies.AskPlace),
            { Date: null } => ("date", Replies.AskDate),
            { HasPay: false } => ("pay", Replies.AskPay),
            { Phone: null } => ("phone", Replies.AskPhone),
            _ => (Confirm, Summary(draft)),
        };
        ctx.State = ctx.State with { Asking = asking };
        return question;
    }

    private static string Summary(Draft d) =>
        $"请确认招工信息：{SkillCatalog.Describe(d.Skills)}{d.Headcount}人，{DateText.Describe(d.Date, d.Time)}，{d.Place}，{PayText.Describe(d.PayMin, d.PayMax, d.PayUnit)}，电话{PhoneMask.Mask(d.Phone)}。回复1确认发布，2修改，0取消";

    private string Publish(ConversationContext ctx, Draft d)
    {
        var point = d.Point ?? (d.Place is { } place ? Gazetteer.Xiangyang.Find(place)?.Point : null)
            ?? (d.District is { } district ? Gazetteer.Xiangyang.Find(Districts.NameOf(district))?.Point : null);
        var station = stations.Responsible(d.District, point);
        var person = ctx.Person with
        {
            Name = ctx.Person.Name ?? d.Name,
            Phone = ctx.Person.Phone ?? (ctx.IsSms ? null : d.Phone),
            Employer = (ctx.Person.Employer ?? new EmployerProfile { RegisteredAt = ctx.UtcNow }) with
            {
                ContactPhone = d.Phone,
                ContactName = d.Name ?? ctx.Person.Employer?.ContactName,
                UnitName = ctx.Person.Employer?.UnitName ?? (d.Name is { } n ? n + "师傅" : null),
            },
            ConsentAt = ctx.Person.ConsentAt ?? ctx.UtcNow,
            StationId = ctx.Person.StationId ?? station.Id,
            District = ctx.Person.District ?? station.District,
        };
        db.People.Update(person);

        ctx.Person = person;
        var post = new JobPost
        {
            EmployerId = person.Id,
            EmployerName = person.Employer!.UnitName,
            Skills = d.Skills,
            Headcount = d.Headcount,
            PayMin = d.PayMin,
            PayMax = d.PayMax,
            PayUnit = d.PayUnit,
            WorkDate = d.Date,
            StartTime = d.Time,
            PlaceText = d.Place,
            District = d.District ?? station.District,
            Point = point,
            ContactName = d.Name,
            ContactPhone = d.Phone,
            Description = d.Text,
            Collector = new Collector { Channel = ctx.Message.Channel, StationId = station.Id },
            CreatedAt = ctx.UtcNow,
        };
        var flags = PostVetting.RiskFlags(post, db);
        post = flags.Count > 0
            ? post with { Status = JobStatus.PendingReview, RiskFlags = flags }
            : post with { Status = JobStatus.Published, PublishedAt = ctx.UtcNow };
        var id = db.Jobs.Insert(post).AsInt32;
        db.Raise(new JobChanged(id, Published: post.Status == JobStatus.Published));
        ctx.Effects.Add($"job:{id} {post.Status}");
        ctx.EndFlow();
        return post.Status == JobStatus.Published
            ? $"已发布（编号{id}）！附近1.5公里内合适的师傅会收到通知，有人接单马上告诉您。招满了回复“招满了”即可关闭。"
            : $"已提交（编号{id}），{station.Name}工作人员审核后发布，结果会通知您。";
    }

    [GeneratedRegex(@"^\d{2,5}$")]
    private static partial Regex BareNumber();
}
