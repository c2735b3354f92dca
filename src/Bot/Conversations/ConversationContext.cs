using ZeroWork.Bot.Understanding;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.Matching;
using ZeroWork.Market.People;

namespace ZeroWork.Bot.Conversations;

/// <summary>Everything one turn of a dialogue reads and changes; <see cref="Effects"/> goes into the inbound log.</summary>
public sealed class ConversationContext(InboundEnvelope message, Person person, ConversationState state, DateTimeOffset chinaNow, Reading? reading)
{
    public InboundEnvelope Message { get; } = message;

    public Person Person { get; set; } = person;

    public ConversationState State { get; set; } = state;

    /// <summary>Now, in China time: dates people say resolve against it.</summary>
    public DateTimeOffset ChinaNow { get; } = chinaNow;

    public DateTime UtcNow => ChinaNow.UtcDateTime;

    /// <summary>The message's text as read before the transaction (see <see cref="DialogueEngine.Read"/>); null when it has no text.</summary>
    public Reading? Reading { get; } = reading;

    public List<string> Effects { get; } = [];

    /// <summary>Set when the reply is an instance of a catalogue template (e.g. 接单成功): an SMS reply then goes out through that template instead of the generic one.</summary>
    public TakeUpResult? TemplatedReply { get; set; }

    public bool IsSms => Message.Channel == Channel.Sms;

    /// <summary>Clears the flow in progress (after it completed or was cancelled).</summary>
    public void EndFlow() => State = State with { Flow = null, Asking = null, Slots = [] };
}
