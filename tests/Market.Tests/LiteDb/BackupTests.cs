using ZeroWork.Tests.Common.Storage;
using ZeroWork.Market.Events;
using ZeroWork.Market.People;
using ZeroWork.Market.LiteDb;

namespace ZeroWork.Market.Tests.LiteDb;

public sealed class BackupTests
{
    [Fact]
    public void A_backup_taken_while_open_holds_every_committed_write_and_opens_on_its_own()
    {
        using var store = new TestStore();
        store.Db.InTransaction(() => store.Db.People.Insert(new Person { Phone = "13900000011" }));
        store.Db.InTransaction(() => store.Db.People.Insert(new Person { Phone = "13900000012" }));
        var copy = System.IO.Path.Combine(store.Folder, "backups", "copy.db");

        store.Lite.Backup(copy);
        store.Db.InTransaction(() => store.Db.People.Insert(new Person { Phone = "13900000013" }));

        using var restored = LiteDbStore.Open(copy, new MarketEvents(), TimeProvider.System);
        Assert.Equal(2, restored.People.Count());
        Assert.Equal(3, store.Db.People.Count());
    }
}
