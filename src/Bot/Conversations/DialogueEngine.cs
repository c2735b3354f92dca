using ZeroWork.Bot.Understanding;
using ZeroWork.Market.Consultations;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Conversations;

/// <summary>Decides what one inbound message means in the person's dialogue and answers it. Runs inside the inbound transaction.</summary>
public sealed class DialogueEngine(
    IMarketStore db,
    IMessageReader reader,
    PostJobFlow post,
    RegisterFlow register,
    SearchReplies search,
    ConsultationFlow consult,
    TakeUpReplies takeUp,
    WorkerJobs jobs,
    EmployerReplies employer,
    Availability availability)
{
    /// <summary>Reads the text of a message before the inbound transaction starts: reading needs no store, and the store's writer thread is the service's one serial resource.</summary>
    public Reading? Read(InboundEnvelope message, DateTimeOffset chinaNow) =>
        message.Kind is "text" or "voice" && !string.IsNullOrWhiteSpace(message.Text)
            ? reader.Read(message.Text.Trim(), message.Kind == "voice" ? "voice" : message.Channel == Channel.Sms ? "sms" : "wechat", chinaNow)
            : null;

    public string? Handle(ConversationContext ctx) => ctx.Message.Kind switch
    {
        "event" => HandleEvent(ctx),
        "location" when ctx.Message.Location is { } point => HandleLocation(ctx, point),
        "text" or "voice" when ctx.Reading is { } reading => HandleText(ctx, ctx.Message.Text!.Trim(), reading),
        "voice" => Replies.VoiceNotRecognised,
        "text" => Replies.Fallback,
        _ => Replies.MediaNotSupported,
    };

    private string? HandleEvent(ConversationContext ctx)
    {
        switch (ctx.Message.Event)
        {
            case "subscribe":
            case "SCAN":
                ctx.State = ctx.State with { Flow = null, Asking = "menu", Slots = [] };
                return Replies.Welcome;
            case "unsubscribe":
                takeUp.OptOut(ctx, "用户取消关注");
                return null;
            case "LOCATION" when ctx.Message.Location is { } point:
                UpdateHome(ctx, point);
                return null;
            case "CLICK":
                return MenuChoice(ctx, ctx.Message.EventKey switch
                {
                    "MENU_FIND_WORK" => "1",
                    "MENU_POST_JOB" => "2",
                    "MENU_RIGHTS" => "3",
                    "MENU_POLICY" => "4",
                    "MENU_TRAINING" => "5",
                    "MENU_HUMAN" => "0",
                    _ => "",
                }) ?? Replies.Menu;
            default:
                return null;
        }
    }

    private string HandleLocation(ConversationContext ctx, Market.Geography.GeoPoint point)
    {
        switch (ctx.State.Flow)
        {
            case Flows.Post:
                return post.TakeLocation(ctx, point, ctx.Message.Label);
            case Flows.Register:
                return register.TakeLocation(ctx, point, ctx.Message.Label);
        }

        UpdateHome(ctx, point);
        return ctx.Person.IsWorker ? "位置已更新，会按新位置给您推送附近的活。" : "收到位置。要找活请说说会做什么活，要招工请说说招什么工。";
    }

    private string? HandleText(ConversationContext ctx, string text, Reading reading)
    {
        if (reading.Intent == Intents.Unsubscribe)
        {
            return takeUp.OptOut(ctx, "用户退订");
        }

        // What the last reply offered (the menu, a numbered list) holds for this one message only.
        var offered = ctx.State.Flow is null ? ctx.State.Asking : null;
        if (offered is not null)
        {
            ctx.State = ctx.State with { Asking = null };
        }

        (text, reading) = PlaceContext.Resume(ctx, text, reading, t => ReadAgain(ctx, t));
        if (PlaceContext.SettleOrAsk(ctx, text, ref reading, pushPending: () => takeUp.Pending(ctx).Count > 0) is { } which)
        {
            // The question keeps what was offered (the menu, a flow's question) for the message it answers.
            ctx.State = ctx.State with { Asking = offered ?? ctx.State.Asking };
            return which;
        }

        if (InFlow(ctx, text, reading) is { } inFlow)
        {
            return inFlow;
        }

        return Answer(ctx, text, reading, offered) ?? Act(ctx, text, reading, offered);
    }

    /// <summary>The flow in progress: its way out first (取消, 我是找活的, 人工), then its own handling. Null when the flow let the message go.</summary>
    private string? InFlow(ConversationContext ctx, string text, Reading reading)
    {
        var flow = ctx.State.Flow;
        if (flow is Flows.Post or Flows.Register)
        {
            if (reading.Intent == Intents.Help && text.Contains("人工", StringComparison.Ordinal))
            {
                ctx.EndFlow();
                return consult.Open(ctx, ConsultationKind.Handover, [], [.. ctx.State.Recent, text]);
            }

            if (flow == Flows.Post && Phrases.SaysWorker(text))
            {
                // The kind of work already said ("要个电工") is what this worker does.
                var said = new Draft(ctx.State.Slots).Skills;
                ctx.EndFlow();
                return "好的，不发招工。" + register.Start(ctx, reading.Skills.Count > 0 ? reading : reading with { Skills = said });
            }

            if (flow == Flows.Register && Phrases.SaysEmployer(text))
            {
                ctx.EndFlow();
                return "好的，不登记找活。" + post.Start(ctx, reading);
            }

            if (Phrases.IsCancel(text))
            {
                ctx.EndFlow();
                return flow == Flows.Post ? Replies.PostAbandoned : Replies.RegisterAbandoned;
            }
        }

        switch (flow)
        {
            case Flows.Post:
                return post.Continue(ctx, reading);
            case Flows.Register:
                return register.Continue(ctx, reading);
            case Flows.Rights:
                return consult.Open(ctx, ConsultationKind.LabourRights, reading.Skills, [text]);
            case Flows.Policy:
                return consult.Open(ctx, ConsultationKind.Policy, reading.Skills, [text]);
            case Flows.Training:
                return consult.Training(ctx, reading.Skills, text);
            case Flows.Phone:
                if (Phrases.IsCancel(text) || reading.Intent == Intents.Decline)
                {
                    ctx.EndFlow();
                    return "好的，这个活先不接。";
                }

                return takeUp.TakeWithPhone(ctx, reading.Phone);
            case Flows.Choose:
                return Chosen(ctx, text, reading);
            case Flows.Name:
                return TakeName(ctx, text, reading);
            case Flows.Consulting when !StartsSomethingElse(text, reading):
                return consult.AddToThread(ctx, text);
            case Flows.Consulting:
                ctx.EndFlow();
                return null;
            default:
                return null;
        }
    }

    /// <summary>A message after a consultation opened that is plainly something else (a post, a registration, 我的活) is handled as itself.</summary>
    private static bool StartsSomethingElse(string text, Reading reading) =>
        reading.Intent is Intents.PostJob or Intents.SearchJobs or Intents.ClosePost or Intents.Accept or Intents.Decline
        || (reading.Intent == Intents.OfferWork && reading.Skills.Count > 0)
        || Phrases.AsksMyJobs(text) || text.Length == 1;

    /// <summary>Questions and answers that change nothing but the answer itself: about a pushed job, a taken job, the employer's posts, "工钱结了吗".</summary>
    private string? Answer(ConversationContext ctx, string text, Reading reading, string? offered)
    {
        var pending = takeUp.Pending(ctx);
        var paidCheck = jobs.PendingPaidCheck(ctx);
        if (paidCheck is not null && (pending.Count == 0 || paidCheck.PaidAskedAt > pending[0].Push.CreatedAt) && jobs.ReadPaid(text) is { } paid)
        {
            return jobs.AnswerPaid(ctx, paidCheck, paid, text);
        }

        if (Phrases.IsWageComplaint(text))
        {
            return consult.Open(ctx, ConsultationKind.LabourRights, reading.Skills, [text]);
        }

        var question = Phrases.IsQuestion(text);
        // "附近有什么活" is a search even with a push waiting; "在哪里" is about the push.
        var searching = reading.Intent == Intents.SearchJobs && (text.Contains('活') || text.StartsWith('搜'));
        if (question && pending.Count > 0 && !searching && !Phrases.AsksMyJobs(text))
        {
            return takeUp.AnswerQuestion(ctx, pending[0].Job, text);
        }

        if (Phrases.AsksMyJobs(text) || (question && ctx.Person.IsWorker && (JobFacts.AsksPhone(text) || AboutTheJob(text))))
        {
            var taken = jobs.Taken(ctx);
            if (taken.Count > 0 || Phrases.AsksMyJobs(text))
            {
                var day = reading.Date;
                var meant = day is null ? taken : [.. taken.Where(j => j.WorkDate == day)];
                return jobs.List(ctx, meant.Count > 0 ? meant : taken, Phrases.AsksMyJobs(text) ? null : text);
            }
        }

        // "招满了吗" reads as closing to the reader; asked as a question it is about the takers and never closes anything.
        if (ctx.Person.IsEmployer && (Phrases.AsksTakers(text) || (reading.Intent == Intents.ClosePost && Phrases.IsQuestion(text))) && employer.Live(ctx) is { Count: > 0 } posts)
        {
            return employer.Takers(posts);
        }

        return null;
    }

    private static bool AboutTheJob(string text) => text.Contains("几点", StringComparison.Ordinal) || text.Contains("在哪", StringComparison.Ordinal) || text.Contains("哪里", StringComparison.Ordinal) || text.Contains("地址", StringComparison.Ordinal) || text.Contains("老板", StringComparison.Ordinal);

    /// <summary>Messages that do something: take or cancel a job, free days, edits and closing, the menu, then the reader's intent.</summary>
    private string Act(ConversationContext ctx, string text, Reading reading, string? offered)
    {
        if (ctx.Person.IsWorker && Phrases.IsWithdraw(text) && jobs.Taken(ctx) is { Count: > 0 } taken)
        {
            return jobs.Withdraw(ctx, taken, reading.Date);
        }

        if (ctx.Person.IsWorker && reading.Skills.Count == 0 && Availability.Mentions(text) && availability.Read(text, ctx.ChinaNow) is { IsEmpty: false } change)
        {
            return FreeDays(ctx, change);
        }

        var pending = takeUp.Pending(ctx);
        if (offered == "results" && takeUp.FromList(ctx, text, bareNumber: true) is { } picked)
        {
            return picked;
        }

        if (takeUp.FromList(ctx, text, bareNumber: false) is { } taken2)
        {
            return taken2;
        }

        if (reading.Intent is Intents.Accept or Intents.Decline && pending.Count > 0)
        {
            return takeUp.Answer(ctx, reading.Intent == Intents.Accept, pending);
        }

        // "不要了" reads as a decline; with no push waiting, an employer means the post.
        if (ctx.Person.IsEmployer && Phrases.IsNoLongerWanted(text))
        {
            return employer.Close(ctx, text);
        }

        if (ctx.Person.IsEmployer && Phrases.IsEdit(text) && employer.Edit(ctx, text, reading) is { } edited)
        {
            return edited;
        }

        if (text.Length == 1 && (offered == "menu" || text is "0" or "1") && MenuChoice(ctx, text) is { } choice)
        {
            return choice;
        }

        var asks = Phrases.IsQuestion(text);
        return reading.Intent switch
        {
            // A question is never a post: "檀溪路哪个位置 包吃吗" from a worker is asking, not hiring.
            Intents.PostJob when asks && !ctx.Person.IsEmployer && reading.Headcount is null => Resume(ctx) + search.Search(ctx, reading),
            Intents.PostJob => post.Start(ctx, reading),
            Intents.OfferWork => Resume(ctx) + register.Start(ctx, reading),
            Intents.SearchJobs => Resume(ctx) + search.Search(ctx, reading),
            Intents.ClosePost when ctx.Person.IsEmployer => employer.Close(ctx, text),
            Intents.ClosePost => Replies.NoOpenPosts,
            Intents.ConsultRights when text.Length <= 4 => Ask(ctx, Flows.Rights, Replies.AskRights),
            Intents.ConsultRights => consult.Open(ctx, ConsultationKind.LabourRights, reading.Skills, [text]),
            Intents.ConsultPolicy when text.Length <= 4 => Ask(ctx, Flows.Policy, Replies.AskPolicy),
            Intents.ConsultPolicy => consult.Open(ctx, ConsultationKind.Policy, reading.Skills, [text]),
            Intents.Training when reading.Skills.Count == 0 => Ask(ctx, Flows.Training, Replies.AskTraining),
            Intents.Training => consult.Training(ctx, reading.Skills, text),
            Intents.Help when text.Contains("人工", StringComparison.Ordinal) => consult.Open(ctx, ConsultationKind.Handover, [], [.. ctx.State.Recent, text]),
            Intents.Help => ShowMenu(ctx),
            Intents.Decline => ctx.Person.IsWorker ? "好的。" + Replies.NoPendingJob : Replies.Fallback,
            Intents.Accept => Replies.NoPendingJob,
            _ => Replies.Fallback,
        };
    }

    /// <summary>"明天没空了 下礼拜一有空": the free days change, nothing is declined.</summary>
    private string FreeDays(ConversationContext ctx, AvailabilityChange change)
    {
        var worker = ctx.Person.Worker!;
        var today = ctx.ChinaNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        ctx.Person = ctx.Person with { Worker = worker with { FreeDates = Availability.Apply(change.Free.Count >= Availability.RangeDays ? [] : worker.FreeDates, change, today) } };
        db.People.Update(ctx.Person);
        db.Raise(new Market.Events.PersonChanged(ctx.Person.Id, NewWorker: false));
        ctx.Effects.Add($"person:{ctx.Person.Id} free days");
        return $"好的，记下了：{Availability.Describe(change)}。有合适的活会通知您。";
    }

    /// <summary>The answer to "which one?" (a job to give back, a post to close or edit).</summary>
    private string? Chosen(ConversationContext ctx, string text, Reading reading)
    {
        var ids = ctx.State.Slots.TryGetValue("ids", out var value) ? value.Split(',') : [];
        var pick = Phrases.PostNumber(text) is { } id && ids.Contains(id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ? id
            : Phrases.Pick(text) is { } n && n >= 1 && n <= ids.Length ? int.Parse(ids[n - 1], System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        if (pick is not { } jobId)
        {
            var leaving = Phrases.IsCancel(text);
            ctx.EndFlow();
            return leaving ? "好的，不改了。" : null;
        }

        return ctx.State.Asking switch
        {
            "withdraw" => jobs.WithdrawOne(ctx, jobId),
            "close" => employer.CloseOne(ctx, jobId),
            "edit" => employer.EditOne(ctx, jobId, ctx.State.Slots.GetValueOrDefault("text", text), ReadAgain(ctx, ctx.State.Slots.GetValueOrDefault("text", text))),
            _ => null,
        };
    }

    /// <summary>The name asked for after registering or publishing; anything that is not a name is handled as itself.</summary>
    private string? TakeName(ConversationContext ctx, string text, Reading reading)
    {
        var acts = Phrases.AsksTakers(text) || Phrases.AsksMyJobs(text) || Phrases.IsEdit(text) || Phrases.IsWithdraw(text) || Phrases.IsWageComplaint(text) || Availability.Mentions(text);
        var name = reading.Name is { } n ? PostDetails.Addressed(text, n) : reading.Intent == Intents.Other ? NameOnly(text) : null;
        if (name is null || acts || reading.Intent is Intents.PostJob or Intents.ClosePost or Intents.Unsubscribe or Intents.SearchJobs)
        {
            ctx.EndFlow();
            return null;
        }

        if (ctx.State.Asking == "employer")
        {
            return employer.SaveUnitName(ctx, text.Length <= 20 && reading.Name is null ? text.Trim() : name);
        }

        ctx.Person = ctx.Person with { Name = name };
        db.People.Update(ctx.Person);
        ctx.Effects.Add($"person:{ctx.Person.Id} named");
        ctx.EndFlow();
        return $"好的，{(name.Length == 1 ? name + "师傅" : name)}，记下了。";
    }

    /// <summary>A reply that is only a name or a unit ("汉江建筑", "老李"): a few characters, no digits, not a command.</summary>
    private static string? NameOnly(string text)
    {
        var t = text.Trim().TrimEnd('。', '.', '!', '！');
        return t.Length is >= 1 and <= 12 && !t.Any(char.IsDigit) && !Phrases.IsCancel(t) && !Phrases.IsQuestion(t) && !t.Contains('不')
            && t.All(c => c >= 0x4e00 && c <= 0x9fff) ? t : null;
    }

    private Reading ReadAgain(ConversationContext ctx, string text) => reader.Read(text, ctx.IsSms ? "sms" : "wechat", ctx.ChinaNow);

    private string ShowMenu(ConversationContext ctx)
    {
        ctx.State = ctx.State with { Flow = null, Asking = "menu", Slots = [] };
        return Replies.Menu;
    }

    /// <summary>The numbered menu: 1找活 2招工 3维权 4政策 5培训 0人工.</summary>
    private string? MenuChoice(ConversationContext ctx, string key) => key switch
    {
        "1" when ctx.Person.IsWorker => Resume(ctx) + search.Search(ctx, new Reading()),
        "1" => Ask(ctx, Flows.Register, Replies.AskWorkerSkill, asking: "skills"),
        "2" => Ask(ctx, Flows.Post, Replies.AskPostDetails, asking: "skills"),
        "3" => Ask(ctx, Flows.Rights, Replies.AskRights),
        "4" => Ask(ctx, Flows.Policy, Replies.AskPolicy),
        "5" => Ask(ctx, Flows.Training, Replies.AskTraining),
        "0" => consult.Open(ctx, ConsultationKind.Handover, [], ctx.State.Recent.Count > 0 ? ctx.State.Recent : ["用户请求人工服务"]),
        _ => null,
    };

    private static string Ask(ConversationContext ctx, string flow, string question, string? asking = null)
    {
        ctx.State = ctx.State with { Flow = flow, Asking = asking, Slots = [] };
        return question;
    }

    /// <summary>Texting 找活 again after 退订 turns pushes back on.</summary>
    private string Resume(ConversationContext ctx)
    {
        if (!ctx.Person.OptedOut)
        {
            return "";
        }

        ctx.Person = ctx.Person with { OptedOut = false };
        db.People.Update(ctx.Person);

        // The Matcher dropped the worker from its index on opting out; a pull brings the nearest open posts again.
        db.Raise(new Market.Events.PersonChanged(ctx.Person.Id, NewWorker: true));
        ctx.Effects.Add($"person:{ctx.Person.Id} resumed");
        return Replies.Resumed;
    }

    private void UpdateHome(ConversationContext ctx, Market.Geography.GeoPoint point)
    {
        if (ctx.Person.Worker is { } worker)
        {
            ctx.Person = ctx.Person with { Worker = worker with { Home = point } };
            db.People.Update(ctx.Person);
            db.Raise(new Market.Events.PersonChanged(ctx.Person.Id, NewWorker: false));
            ctx.Effects.Add($"person:{ctx.Person.Id} moved");
        }
    }
}
