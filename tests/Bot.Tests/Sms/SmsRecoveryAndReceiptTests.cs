using ZeroWork.Bot.Sms.Delivery;
using ZeroWork.Bot.Tests.Support;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Tests.Sms;

public sealed class SmsRecoveryAndReceiptTests
{
    [Fact]
    public async Task An_sms_left_sending_by_a_crash_is_never_resent_and_is_settled_by_the_pull_api()
    {
        long id = 0;
        await using var h = new SmsHarness(beforeStart: db =>
        {
            var m = db.InTransaction(() => db.Enqueue(new OutboxMessage { Channel = OutboxChannel.Sms, Address = SmsHarness.Mobile, Template = "Reply", Variables = ["你好"], Text = "你好", IdempotencyKey = "crash" }));
            db.Outbox.Update(m with { State = OutboxState.Sending, Attempts = 1, SentAt = db.UtcNow });
            id = m.Id;
        });

        // Before the crash the request had reached Tencent.
        h.Tencent.Accepted.Add(("+8613800138000", "5000:before-crash", SmsOutboxSender.SessionContextOf(id), h.Time.GetUtcNow()));

        await h.StartAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (h.Message(id).State is OutboxState.Sending or OutboxState.Unknown && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Empty(h.Tencent.SendSms);
        var settled = h.Message(id);
        Assert.Equal(OutboxState.Delivered, settled.State);
        Assert.Equal("5000:before-crash", settled.ProviderId);
        Assert.Equal(1, settled.Attempts);
    }

    [Fact]
    public async Task Receipts_are_deduplicated_on_sid_and_status_and_update_the_message()
    {
        await using var h = new SmsHarness();
        var queued = h.Enqueue();
        await h.RunAsync();
        var sid = h.Message(queued.Id).ProviderId!;
        var receipts = h.Get<SmsReceipts>();
        var receipt = new SmsReceipt { Sid = sid, Status = "SUCCESS", Mobile = SmsHarness.Mobile, UserReceiveTime = new DateTime(2026, 11, 26, 2, 0, 5, DateTimeKind.Utc), Code = "DELIVRD" };

        Assert.True(receipts.Record(receipt));
        Assert.False(receipts.Record(receipt));

        var delivered = h.Message(queued.Id);
        Assert.Equal(OutboxState.Delivered, delivered.State);
        Assert.Equal(new DateTime(2026, 11, 26, 2, 0, 5, DateTimeKind.Utc), delivered.DeliveredAt!.Value.ToUniversalTime());
        Assert.Equal(1, h.Db.SmsReceipts.Count());
        Assert.Equal(queued.Id, h.Db.SmsReceipts.ByKey(sid + "|SUCCESS")?.OutboxId);
    }

    [Fact]
    public async Task A_failure_receipt_marks_the_message_failed_with_the_carrier_code()
    {
        await using var h = new SmsHarness();
        var queued = h.Enqueue();
        await h.RunAsync();

        h.Get<SmsReceipts>().Record(new SmsReceipt { Sid = h.Message(queued.Id).ProviderId!, Status = "FAIL", Mobile = SmsHarness.Mobile, Code = "UNDELIV", Description = "用户短信送达失败" });

        var failed = h.Message(queued.Id);
        Assert.Equal(OutboxState.Failed, failed.State);
        Assert.Contains("UNDELIV", failed.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receipt_that_beats_the_send_answer_is_kept_and_applied_later()
    {
        await using var h = new SmsHarness();
        var receipts = h.Get<SmsReceipts>();
        Assert.True(receipts.Record(new SmsReceipt { Sid = "5000:0000000000000000000000000001", Status = "SUCCESS", Mobile = SmsHarness.Mobile }));
        var queued = h.Enqueue();

        await h.RunAsync();
        Assert.Equal(OutboxState.Sent, h.Message(queued.Id).State);
        await h.ReconcileAsync();

        Assert.Equal(OutboxState.Delivered, h.Message(queued.Id).State);
    }
}
