using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Conversations;

/// <summary>
/// A place named once applies to later messages (#12): a shared name (板桥 is in 南漳 and 宜城) is settled by the district
/// the dialogue already knows — the draft's, else the person's — and otherwise asked about, never taken as the first of that name.
/// The message that named it waits in the conversation until the answer ("南漳板桥") says which.
/// </summary>
public static class PlaceContext
{
    /// <summary>The slot holding the message whose place was asked about; flows never use it.</summary>
    private const string Waiting = "place_asked";

    /// <summary>The district the dialogue knows: named earlier in this post or registration, else stored for the person.</summary>
    public static string? Known(ConversationContext ctx) => new Draft(ctx.State.Slots).District ?? ctx.Person.District;

    /// <summary>
    /// The message to handle: after the place question, an answer that names the district settles the waiting message
    /// (returned with its reading); an answer that does not is handled as itself, and so is every message when nothing waits.
    /// </summary>
    public static (string Text, Reading Reading) Resume(ConversationContext ctx, string text, Reading reading, Func<string, Reading> read)
    {
        if (!ctx.State.Slots.Remove(Waiting, out var waiting))
        {
            return (text, reading);
        }

        if (reading.District is not { } district)
        {
            return (text, reading);
        }

        var settled = PlaceChoice.Settle(read(waiting), district);
        return PlaceChoice.IsAmbiguous(settled) ? (text, reading) : (waiting, settled);
    }

    /// <summary>
    /// The reading settled by what the dialogue knows, or the question to ask (the message kept for the answer). Asked only
    /// when the place decides what happens (a registration, a post, a search, or inside their flows); a complaint or a
    /// question about a pushed job goes on with the place unsettled (a consultation is routed by the person instead).
    /// </summary>
    public static string? SettleOrAsk(ConversationContext ctx, string text, ref Reading reading, Func<bool> pushPending)
    {
        reading = PlaceChoice.Settle(reading, Known(ctx));
        if (!PlaceChoice.IsAmbiguous(reading) || !PlaceDecides(ctx, text, reading, pushPending))
        {
            return null;
        }

        ctx.State.Slots[Waiting] = text;
        ctx.Effects.Add("place asked");
        return PlaceChoice.Question(reading);
    }

    private static bool PlaceDecides(ConversationContext ctx, string text, Reading reading, Func<bool> pushPending)
    {
        if (Phrases.IsQuestion(text) && pushPending())
        {
            return false;
        }

        return ctx.State.Flow is Flows.Post or Flows.Register
            || reading.Intent is Intents.OfferWork or Intents.PostJob or Intents.SearchJobs;
    }
}
