using ZeroWork.Bot.Outbound;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Time;

namespace ZeroWork.Bot.WeChat.Outbound;

/// <summary>
/// WeChat's customer-service and template APIs send no receipt and cannot be asked afterwards, so a message left in doubt
/// (a timeout, a dropped connection, a garbled answer, a crash mid-call) is decided by what it is for once the in-doubt
/// window has passed. Replies, pushes, take-up handovers and notices are sent once more: each is something the person acts
/// on or is waiting for — a lost reply looks like the service ignored them, a lost push or handover costs a job — while a
/// duplicate is the same text twice, which they recognise and ignore. A template message repeats its client_msg_id, so
/// WeChat itself drops the copy if the first call did arrive. A purpose not listed here is left for staff.
/// </summary>
public sealed class WeChatInDoubtReconciler(OutboxChannel channel, OutboxLedger ledger) : IOutboxReconciler
{
    private static readonly HashSet<string> ResentPurposes = ["reply", OutboxMessage.PushPurpose, "handover", "notice"];

    public OutboxChannel Channel => channel;

    private string ChannelName => channel == OutboxChannel.WeChatTemplate ? "模板消息" : "客服消息";

    public Task ReconcileAsync(IReadOnlyList<OutboxMessage> unknown, CancellationToken cancellationToken)
    {
        foreach (var message in unknown.Where(m => ResentPurposes.Contains(m.Purpose) && ledger.DoubtOutlived(m)))
        {
            ledger.Decide(message.Id, $"微信接口没有回执，{ChannelName} 的 {message.Purpose} 消息在 {ChinaTime.Format(message.SentAt)} 后结果未知，按用途重发一次");
        }

        return Task.CompletedTask;
    }
}
