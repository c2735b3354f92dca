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
public sealed partial class PostJobFlow(IMarketStore db, StationDirectory stations)
{
    private const string Confirm = "confirm";

    public string Start(ConversationContext ctx, Reading reading)
    {
        ctx.State = ctx.State with { Flow = Flows.Post, Asking = null, Slots = [] };
        var draft = new Draft(ctx.State.Slots);
        draft.Set("text", ctx.Message.Text);
        draft.Merge(reading, includeHeadcount: true);
        TakeDetails(ctx.Message.Text ?? "", reading, draft);
        return Next(ctx, draft);
    }

    public string Continue(ConversationContext ctx, Reading reading)
    {
        var draft = new Draft(ctx.State.Slots);
        var text = (ctx.Message.Text ?? "").Trim();
        if (ctx.State.Asking == Confirm)
        {
            if (Phrases.IsYes(text))
            {
                return Publish(ctx, draft);
            }

            if (text is "2" or "修改" or "改")
            {
                return Replies.AskModify;
            }
        }

        // Inside a post, every number of people is the employer's ("改成3个人"), whatever the message alone reads as;
        // but "一人三百" is pay per head, not one person.
        var numeric = Normalizer.Normalize(text).Numeric;
        var headcount = PerHead().IsMatch(numeric) ? null : reading.Headcount ?? HeadcountExtractor.Extract(numeric);
        draft.Merge(reading with { Headcount = headcount }, includeHeadcount: true);
        FillAsked(ctx.State.Asking, text, numeric, reading, draft);
        TakeDetails(text, reading, draft);
        return Next(ctx, draft);
    }

    /// <summary>Meals, shift, pay day and how the contact is called: kept for workers who ask.</summary>
    private static void TakeDetails(string text, Reading reading, Draft draft)
    {
        draft.Set("meals", PostDetails.Meals(text));
        draft.Set("shift", PostDetails.Shift(text));
        draft.Set("payday", PostDetails.PayDay(text));
        draft.Set("age", PostDetails.AgeLimit(text));
        draft.Set("name", PostDetails.Addressed(text, reading.Name));
    }

    public string TakeLocation(ConversationContext ctx, GeoPoint point, string? label)
    {
        var draft = new Draft(ctx.State.Slots);
        draft.SetPoint(point, label);
        return Next(ctx, draft);
    }

    /// <summary>A short answer to the question just asked counts even when it carries no recognisable words ("檀溪路工地", "一百五", "150块", "一共150").</summary>
    private static void FillAsked(string? asking, string text, string numeric, Reading reading, Draft draft)
    {
        switch (asking)
        {
            case "place" when reading.Place is null && text.Length is > 0 and <= 30:
                draft.Set("place", text);
                break;
            case "pay" when reading.PayMin is null && reading.PayMax is null && Amount().Match(PerHead().Replace(numeric, "")) is { Success: true } m:
                draft.Set("pay_min", m.Groups["a"].Value);
                draft.Set("pay_max", m.Groups["b"].Success ? m.Groups["b"].Value : m.Groups["a"].Value);
                draft.Set("pay_unit", UnitOf(numeric));
                break;
            case "pay_unit":
                draft.Set("pay_unit", text.Trim() switch
                {
                    "1" => "day",
                    "2" => "job",
                    _ => UnitOf(numeric) is { Length: > 0 } unit ? unit : null,
                });
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

        if (draft.Point is null && draft.Place is { } named && Resolve(draft) is null)
        {
            // A place we cannot put on Xiangyang's map (武汉光谷) is never published: nobody within 1.5 km would hear of it.
            draft.Slots.Remove("place");
            ctx.State = ctx.State with { Asking = "place" };
            return $"没找到“{named}”。这里只发布襄阳市内的活，请说个襄阳的镇、街道或路名，微信也可以发个位置。";
        }

        var (asking, question) = draft switch
        {
            { Skills.Count: 0 } => ("skills", Replies.AskSkill),
            { Place: null, Point: null } => ("place", Replies.AskPlace),
            { Date: null } => ("date", Replies.AskDate),
            { HasPay: false } => ("pay", Replies.AskPay),
            { PayUnit: null } => ("pay_unit", Replies.AskPayUnit(PayText.Describe(draft.PayMin, draft.PayMax, null))),
            { Phone: null } => ("phone", Replies.AskPhone),
            _ => (Confirm, Summary(draft)),
        };
        ctx.State = ctx.State with { Asking = asking };
        return question;
    }

    private static string Summary(Draft d)
    {
        var details = string.Concat(new[] { d.Get("shift"), d.Get("meals"), d.Get("payday") }.Where(x => x is not null).Select(x => "，" + x));
        return $"请确认招工信息：{SkillCatalog.Describe(d.Skills)}{d.Headcount}人，{DateText.Describe(d.Date, d.Time)}，{d.Place}，{PayText.Describe(d.PayMin, d.PayMax, d.PayUnit)}{details}，电话{PhoneMask.Mask(d.Phone)}。回复1确认发布，2修改，0取消";
    }

    public static GeoPoint? Resolve(Draft d) => d.Point ?? (d.Place is { } place ? Gazetteer.Xiangyang.Find(place)?.Point : null)
            ?? (d.District is { } district ? Gazetteer.Xiangyang.Find(Districts.NameOf(district))?.Point : null);

    private string Publish(ConversationContext ctx, Draft d)
    {
        var point = Resolve(d);
        var station = stations.Responsible(d.District, point);
        var person = ctx.Person with
        {
            Name = ctx.Person.Name ?? d.Name,
            Phone = ctx.Person.Phone ?? (ctx.IsSms ? null : d.Phone),
            Employer = (ctx.Person.Employer ?? new EmployerProfile { RegisteredAt = ctx.UtcNow }) with
            {
                ContactPhone = d.Phone,
                ContactName = d.Name ?? ctx.Person.Employer?.ContactName,
                UnitName = ctx.Person.Employer?.UnitName ?? Addressed(d.Name),
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
            Meals = d.Get("meals"),
            Shift = d.Get("shift"),
            PayDay = d.Get("payday"),
            AgeLimit = d.Get("age"),
            Collector = new Collector { Channel = ctx.Message.Channel, StationId = station.Id },
            CreatedAt = ctx.UtcNow,
        };
        var flags = PostVetting.RiskFlags(post, db);
        post = flags.Count > 0
            ? post with { Status = JobStatus.PendingReview, RiskFlags = flags }
            : post with { Status = JobStatus.Published, PublishedAt = ctx.UtcNow };
        var id = db.Jobs.Insert(post);
        db.Raise(new JobChanged(id, Published: post.Status == JobStatus.Published));
        ctx.Effects.Add($"job:{id} {post.Status}");
        ctx.EndFlow();
        var reply = post.Status == JobStatus.Published
            ? $"已发布（编号{id}），正在通知附近1.5公里内合适的师傅；有人接单、招满或附近没有人都会告诉您。招满了回复“招满了”。"
            : $"已提交（编号{id}），{station.Name}工作人员审核后发布，结果会通知您。";
        if (person.Employer.UnitName is null)
        {
            // 第七条 records the employer (unit or name); asked after publishing so the post is not held up by it.
            ctx.State = ctx.State with { Flow = Flows.Name, Asking = "employer", Slots = new() { ["job"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
            reply += Replies.AskUnitName;
        }

        return reply;
    }

    /// <summary>A bare surname is called 王师傅; 李姐 stays 李姐.</summary>
    private static string? Addressed(string? name) => name is { Length: 1 } surname ? surname + "师傅" : name;

    /// <summary>The unit an answer to "工钱多少" states; empty for a bare amount, which is then asked about rather than assumed.</summary>
    private static string UnitOf(string numeric) => numeric switch
    {
        _ when WholeJob().IsMatch(numeric) => "job",
        _ when numeric.Contains("小时", StringComparison.Ordinal) => "hour",
        _ when numeric.Contains('月') => "month",
        _ when PerDay().IsMatch(numeric) => "day",
        _ => "",
    };

    [GeneratedRegex("一天|每天|1天|按天|天|日")]
    private static partial Regex PerDay();

    /// <summary>One amount or a range, alone or with 块/元/钱 and a few words around it.</summary>
    [GeneratedRegex(@"^\D{0,8}?(?<a>\d{2,5})(?:\s*(?:-|到|~)\s*(?<b>\d{2,5}))?\s*(?:块|元|块钱|元钱)?\D{0,10}$")]
    private static partial Regex Amount();

    [GeneratedRegex("一共|总共|包活|包干|全包|整个|不是按天|不按天")]
    private static partial Regex WholeJob();

    [GeneratedRegex(@"(?:一|每|1)个?人\s*(?=[0-9])")]
    private static partial Regex PerHead();
}
