using ZeroWork.Bot.Understanding;
using ZeroWork.Market.Consultations;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Conversations;

/// <summary>Decides what one inbound message means in the person's dialogue and answers it. Runs inside the inbound transaction.</summary>
public sealed class DialogueEngine(
    MarketDb db,
    IMessageReader reader,
    PostJobFlow post,
    RegisterFlow register,
    SearchReplies search,
    ConsultationFlow consult,
    TakeUpReplies takeUp)
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
        "text" => Replies.Menu,
        _ => Replies.MediaNotSupported,
    };

    private string? HandleEvent(ConversationContext ctx)
    {
        switch (ctx.Message.Event)
        {
            case "subscribe":
            case "SCAN":
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

        if (ctx.State.Flow is Flows.Post or Flows.Register && (text is "0" or "取消" || reading.Intent == Intents.Help && text.Contains("人工", StringComparison.Ordinal)))
        {
            ctx.EndFlow();
            return text == "0" || text == "取消" ? Replies.PostCancelled : consult.Open(ctx, ConsultationKind.Handover, [], [.. ctx.State.Recent, text]);
        }

        switch (ctx.State.Flow)
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
        }

        if (reading.Intent is Intents.Accept or Intents.Decline && takeUp.HasPending(ctx))
        {
            return takeUp.Answer(ctx, reading.Intent == Intents.Accept, text);
        }

        if (text.Length == 1 && MenuChoice(ctx, text) is { } choice)
        {
            return choice;
        }

        if (reading.Intent == Intents.Accept && takeUp.FromSearchResults(ctx, text) is { } taken)
        {
            return taken;
        }

        return reading.Intent switch
        {
            Intents.PostJob => post.Start(ctx, reading),
            Intents.OfferWork => Resume(ctx) + register.Start(ctx, reading),
            Intents.SearchJobs => Resume(ctx) + search.Search(ctx, reading),
            Intents.ClosePost => takeUp.Close(ctx),
            Intents.ConsultRights when text.Length <= 4 => Ask(ctx, Flows.Rights, Replies.AskRights),
            Intents.ConsultRights => consult.Open(ctx, ConsultationKind.LabourRights, reading.Skills, [text]),
            Intents.ConsultPolicy when text.Length <= 4 => Ask(ctx, Flows.Policy, Replies.AskPolicy),
            Intents.ConsultPolicy => consult.Open(ctx, ConsultationKind.Policy, reading.Skills, [text]),
            Intents.Training when reading.Skills.Count == 0 => Ask(ctx, Flows.Training, Replies.AskTraining),
            Intents.Training => consult.Training(ctx, reading.Skills, text),
            Intents.Help when text.Contains("人工", StringComparison.Ordinal) => consult.Open(ctx, ConsultationKind.Handover, [], [.. ctx.State.Recent, text]),
            Intents.Accept or Intents.Decline => Replies.NoPendingJob,
            _ => Replies.Menu,
        };
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
