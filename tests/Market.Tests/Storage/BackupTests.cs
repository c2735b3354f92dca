using ZeroWork.Market.Events;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Market.Tests.Storage;

public sealed class BackupTests
{
    [Fact]
    public void A_backup_taken_while_open_holds_every_committed_write_and_opens_on_its_own()
    {
        using var store = new TempStore();
        store.Db.InTransaction(() => store.Db.People.Insert(new Person { Phone = "13900000011" }));
        store.Db.InTransaction(() => store.Db.People.Insert(new Person { Phone = "13900000012" }));
        var copy = System.IO.Path.Combine(store.Folder, "backups", "copy.db");

        store.Db.Backup(copy);
        store.Db.InTransaction(() => store.Db.People.Insert(new Person { Phone = "13900000013" }));

        using var restored = MarketDb.Open(copy, new MarketEvents(), TimeProvider.System);
        Assert.Equal(2, restored.People.Count());
        Assert.Equal(3, store.Db.People.Count());
    }
}
