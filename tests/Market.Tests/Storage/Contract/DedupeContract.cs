using ZeroWork.Market.Messaging;
using ZeroWork.Market.Tests.Postgres;

namespace ZeroWork.Market.Tests.Storage.Contract;

/// <summary>Unique keys hold: a provider's retry, a second enqueue or a second planning of the same push is one row.</summary>
public abstract class DedupeContract(IStoreHarness harness) : StoreContract(harness)
{
    [Fact]
    public void A_second_inbound_with_the_same_dedupe_key_is_refused_and_the_first_kept()
    {
        var first = Db.Inbound.Insert(PgRecords.Inbound("sms:1"));

        Assert.ThrowsAny<Exception>(() => Db.Inbound.Insert(PgRecords.Inbound("sms:1") with { Text = "重发" }));

        Assert.Equal(1, Db.Inbound.Count());
        Assert.Equal(first, Db.Inbound.ByDedupeKey("sms:1")!.Id);
        Assert.Equal(PgRecords.Inbound("sms:1").Text, Db.Inbound.ByDedupeKey("sms:1")!.Text);
    }

    [Fact]
    public void A_second_outbox_message_with_the_same_idempotency_key_is_the_first_one()
    {
        var first = Db.InTransaction(() => Db.Enqueue(PgRecords.Message("reply:sms:1")));
        var second = Db.InTransaction(() => Db.Enqueue(PgRecords.Message("reply:sms:1") with { Text = "又一条" }));

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(PgRecords.Message("x").Text, second.Text);
        Assert.Single(Db.Outbox.All());
        Assert.ThrowsAny<Exception>(() => Db.Outbox.Insert(PgRecords.Message("reply:sms:1")));
        Assert.Single(Db.Outbox.All());
    }

    [Fact]
    public void A_second_push_with_the_same_key_is_refused()
    {
        Db.Pushes.Insert(PgRecords.Push(3, 7));

        Assert.ThrowsAny<Exception>(() => Db.Pushes.Insert(PgRecords.Push(3, 7) with { Wave = 2 }));

        Assert.Equal(1, Db.Pushes.Count());
        Assert.Equal(PgRecords.Push(3, 7).Wave, Db.Pushes.ByKey(Push.KeyOf(3, 7))!.Wave);
    }

    [Fact]
    public void A_duplicate_inside_a_unit_rolls_the_whole_unit_back()
    {
        Db.Inbound.Insert(PgRecords.Inbound("sms:1"));

        Assert.ThrowsAny<Exception>(() => Db.InTransaction(() =>
        {
            Db.People.Insert(PgRecords.Worker("13800000001"));
            return Db.Inbound.Insert(PgRecords.Inbound("sms:1"));
        }));

        Assert.Equal(0, Db.People.Count());
        Assert.Null(Db.People.ByPhone("13800000001"));
        Assert.Equal(1, Db.Inbound.Count());
    }
}
