using ZeroWork.Bot.Understanding;
using ZeroWork.Market.Events;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.People;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Conversations;

/// <summary>A worker registers: kind of work and where they live are required; pay wanted and free days are taken when given. Confirmed in one line.</summary>
public sealed class RegisterFlow(MarketDb db, StationDirectory stations, Availability availability)
{
    public string Start(ConversationContext ctx, Reading reading)
    {
        ctx.State = ctx.State with { Flow = Flows.Register, Asking = null, Slots = [] };
        var draft = new Draft(ctx.State.Slots);
        PrefillFromProfile(ctx.Person, draft);
        draft.Merge(reading, includeHeadcount: false);
        draft.Set("text", ctx.Message.Text);
        return Next(ctx, draft);
    }

    public string Continue(ConversationContext ctx, Reading reading)
    {
        var draft = new Draft(ctx.State.Slots);
        draft.Merge(reading, includeHeadcount: false);
        var text = (ctx.Message.Text ?? "").Trim();
        draft.Set("text", $"{draft.Text} {text}".Trim());
        if (ctx.State.Asking == "place" && reading.Place is null && text.Length is > 0 and <= 20)
        {
            draft.Set("place", text);
        }

        return Next(ctx, draft);
    }

    public string TakeLocation(ConversationContext ctx, GeoPoint point, string? label)
    {
        var draft = new Draft(ctx.State.Slots);
        draft.SetPoint(point, label);
        return Next(ctx, draft);
    }

    private static void PrefillFromProfile(Person person, Draft draft)
    {
        if (person.Worker is { } w)
        {
            draft.Set("skills", string.Join(',', w.Skills));
            draft.Set("place", w.HomePlace);
            if (w.Home is { } home)
            {
                draft.SetPoint(home, w.HomePlace);
            }
        }
    }

    private string Next(ConversationContext ctx, Draft draft)
    {
        if (draft.Skills.Count == 0)
        {
            ctx.State = ctx.State with { Asking = "skills" };
            return Replies.AskWorkerSkill;
        }

        var point = draft.Point ?? (draft.Place is { } place ? Gazetteer.Xiangyang.Find(place)?.Point : null)
            ?? (draft.District is { } district ? Gazetteer.Xiangyang.Find(Districts.NameOf(district))?.Point : null);
        if (point is null)
        {
            ctx.State = ctx.State with { Asking = "place" };
            return draft.Place is null ? Replies.AskHome : $"没找到“{draft.Place}”这个地方，请说个附近的镇、街道或路名，微信也可以发个位置。";
        }

        return Complete(ctx, draft, point);
    }

    private string Complete(ConversationContext ctx, Draft d, GeoPoint home)
    {
        var wasWorker = ctx.Person.IsWorker;
        var worker = (ctx.Person.Worker ?? new WorkerProfile { RegisteredAt = ctx.UtcNow }) with
        {
            Skills = d.Skills,
            Home = home,
            HomePlace = d.Place,
            PayWanted = d.PayMin ?? ctx.Person.Worker?.PayWanted,
            PayUnit = d.PayMin is null ? ctx.Person.Worker?.PayUnit : d.PayUnit,
            FreeDates = FreeDays(ctx, d, out var free),
            Age = d.Age ?? ctx.Person.Worker?.Age,
        };
        var person = ctx.Person with
        {
            Worker = worker,
            Name = ctx.Person.Name ?? d.Name,
            Phone = ctx.Person.Phone ?? d.Phone,
            District = d.District ?? ctx.Person.District,
            StationId = ctx.Person.StationId ?? stations.Responsible(d.District ?? ctx.Person.District, home).Id,
            OptedOut = false,
            ConsentAt = ctx.Person.ConsentAt ?? ctx.UtcNow,
        };
        db.People.Update(person);

        ctx.Person = person;
        db.Raise(new PersonChanged(person.Id, NewWorker: !wasWorker));
        ctx.Effects.Add($"person:{person.Id} {(wasWorker ? "updated" : "registered")}");
        ctx.EndFlow();

        var parts = new List<string> { SkillCatalog.Describe(worker.Skills), $"住{d.Place ?? "所发位置"}" };
        if (worker.PayWanted is { } pay)
        {
            parts.Add(PayText.Describe(pay, null, worker.PayUnit).Replace("以上", "起", StringComparison.Ordinal));
        }

        if (free is not null)
        {
            parts.Add(free);
        }

        var optOut = ctx.IsSms ? "回T退订" : "回复T退订";
        var reply = $"登记好了：{string.Join("，", parts)}。附近1.5公里有合适的活会马上通知您，{optOut}。";
        if (person.Name is null)
        {
            // 第七条 records the worker's name; asked after registering so pushes are not held up by it.
            ctx.State = ctx.State with { Flow = Flows.Name, Asking = "worker", Slots = [] };
            reply += Replies.AskWorkerName;
        }

        return reply;
    }

    /// <summary>The days said in this registration ("从后天开始都有空" is a range), else the days known before.</summary>
    private IReadOnlyList<string> FreeDays(ConversationContext ctx, Draft d, out string? described)
    {
        var known = ctx.Person.Worker?.FreeDates ?? [];
        var change = availability.Read(d.Text ?? "", ctx.ChinaNow);
        if (change.IsEmpty && d.Date is { } date)
        {
            change = new AvailabilityChange([date], [], AnyDay: false);
        }

        described = change.IsEmpty ? null : Availability.Describe(change);
        return change.IsEmpty ? known : Availability.Apply(change.Free.Count > 0 || change.AnyDay ? [] : known, change, ctx.ChinaNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
