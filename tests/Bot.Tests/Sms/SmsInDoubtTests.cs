using System.Net;
using ZeroWork.Bot.Outbound;
using ZeroWork.Bot.Tests.Support;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Tests.Sms;

/// <summary>Sends whose fate is unknown without any crash (5xx, garbled answers, hangs): reconciled first, then sent once more only if Tencent has no trace after the in-doubt window.</summary>
public sealed class SmsInDoubtTests
{
    private static readonly TimeSpan PastTheWindow = new OutboundOptions().InDoubtWindow + TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_500_is_reconciled_and_sent_once_more_after_the_window_keeping_both_calls_and_auditing_why()
    {
        await using var h = new SmsHarness();
        h.Tencent.ThenStatus(HttpStatusCode.InternalServerError);
        var queued = h.Enqueue();

        await h.RunAsync();
        await h.ReconcileAsync();

        Assert.Equal(OutboxState.Unknown, h.Message(queued.Id).State);
        Assert.Single(h.Tencent.SendSms);
        Assert.Contains(h.Tencent.Requests, r => r.Action == "PullSmsSendStatusByPhoneNumber");

        h.Time.Advance(PastTheWindow);
        await h.ReconcileAsync();
        Assert.Equal(OutboxState.Pending, h.Message(queued.Id).State);
        await h.RunAsync();

        var sent = h.Message(queued.Id);
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.Equal(2, h.Tencent.SendSms.Count());
        Assert.Single(h.Tencent.Accepted);
        Assert.Collection(sent.Calls, first => Assert.Equal(OutboxState.Unknown, first.Outcome), second => Assert.Equal(OutboxState.Sent, second.Outcome));
        Assert.NotEqual(sent.Calls[0].Id, sent.Calls[1].Id);
        var audit = Assert.Single(h.Db.Audit.FindAll(), a => a.Subject == "outbox:" + queued.Id);
        Assert.Equal(OutboxLedger.ResendAction, audit.Action);
    }

    [Fact]
    public async Task A_message_never_goes_out_a_third_time()
    {
        await using var h = new SmsHarness();
        h.Tencent.ThenStatus(HttpStatusCode.BadGateway).ThenStatus(HttpStatusCode.BadGateway);
        var queued = h.Enqueue();

        await h.RunAsync();
        h.Time.Advance(PastTheWindow);
        await h.ReconcileAsync();
        await h.RunAsync();
        h.Time.Advance(PastTheWindow);
        await h.ReconcileAsync();
        await h.RunAsync();
        h.Time.Advance(PastTheWindow);
        await h.ReconcileAsync();

        var left = h.Message(queued.Id);
        Assert.Equal(OutboxState.Unknown, left.State);
        Assert.Equal(OutboxLedger.GiveUpError, left.LastError);
        Assert.Equal(2, h.Tencent.SendSms.Count());
        Assert.Equal(2, left.Calls.Count);
        Assert.Equal([OutboxLedger.ResendAction, OutboxLedger.GiveUpAction], h.Db.Audit.FindAll().Where(a => a.Subject == "outbox:" + queued.Id).OrderBy(a => a.Id).Select(a => a.Action));
    }

    [Fact]
    public async Task A_send_tencent_took_before_hanging_is_settled_by_the_pull_and_never_resent()
    {
        await using var h = new SmsHarness();
        h.Tencent.ThenHang();
        var queued = h.Enqueue();
        await h.RunAsync();
        Assert.Equal(OutboxState.Unknown, h.Message(queued.Id).State);

        h.Time.Advance(PastTheWindow);
        await h.ReconcileAsync();
        await h.RunAsync();

        Assert.Equal(OutboxState.Delivered, h.Message(queued.Id).State);
        Assert.Single(h.Tencent.SendSms);
        Assert.Empty(h.Db.Audit.FindAll());
    }

    [Fact]
    public async Task Garbled_200_answers_open_the_circuit_what_tencent_took_is_not_resent_and_sending_resumes_when_it_recovers()
    {
        await using var h = new SmsHarness(settings: new() { ["Bot:Sms:Limits:PerThirtySeconds"] = "0" });
        for (var i = 0; i < 5; i++)
        {
            h.Tencent.ThenMalformed();
        }

        var garbled = Enumerable.Range(0, 5).Select(i => h.Enqueue("消息" + i, address: "1390013900" + i)).ToList();
        await h.RunAsync();
        var held = h.Enqueue("熔断期间", address: "13700137000");
        await h.RunAsync();

        Assert.All(garbled, m => Assert.Equal(OutboxState.Unknown, h.Message(m.Id).State));
        Assert.Equal(OutboxState.Deferred, h.Message(held.Id).State);
        Assert.Contains("熔断", h.Message(held.Id).LastError, StringComparison.Ordinal);
        Assert.Equal(5, h.Tencent.SendSms.Count());

        h.Time.Advance(PastTheWindow);
        await h.ReconcileAsync();
        await h.RunAsync();

        Assert.All(garbled, m => Assert.Equal(OutboxState.Delivered, h.Message(m.Id).State));
        Assert.Equal(OutboxState.Sent, h.Message(held.Id).State);
        Assert.Equal(6, h.Tencent.SendSms.Count());
    }

    [Fact]
    public async Task Through_an_outage_of_500s_garbled_answers_and_hangs_every_message_reaches_tencent_exactly_once()
    {
        await using var h = new SmsHarness();
        h.Tencent.ThenStatus(HttpStatusCode.InternalServerError).ThenMalformed().ThenHang().ThenStatus(HttpStatusCode.ServiceUnavailable)
            .ThenMalformed().ThenHang().ThenStatus(HttpStatusCode.BadGateway).ThenError("InternalError.SendAndRecvFail");
        var queued = Enumerable.Range(0, 20).Select(i => h.Enqueue("您好" + i, address: $"1390000{i:D4}")).ToList();

        for (var round = 0; round < 4; round++)
        {
            await h.RunAsync();
            await h.ReconcileAsync();
            h.Time.Advance(PastTheWindow);
        }

        Assert.All(queued, m => Assert.Contains(h.Message(m.Id).State, (OutboxState[])[OutboxState.Sent, OutboxState.Delivered]));
        var perMessage = h.Tencent.Accepted.GroupBy(a => a.SessionContext).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(20, perMessage.Count);
        Assert.All(perMessage.Values, n => Assert.Equal(1, n));
    }
}
