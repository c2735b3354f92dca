using ZeroWork.Tests.Common.Storage;
using ZeroWork.Market.Events;
using ZeroWork.Market.People;
using ZeroWork.Market.LiteDb;
using ZeroWork.Market.Storage;

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

    [Fact]
    public void Writers_commit_while_the_file_is_copied_and_the_copy_is_the_image_of_the_moment_it_began()
    {
        using var store = new TestStore();
        store.Db.InTransaction(() => store.Db.People.Insert(new Person { Phone = "13900000021" }));
        var copy = System.IO.Path.Combine(store.Folder, "backups", "during.db");
        var during = 0;

        store.Lite.Backup(copy, whileCopying: () =>
        {
            // More than LiteDB's automatic checkpoint (1,000 pages): were checkpoints still on, these would be folded into the file being copied.
            var writes = Task.Run(() =>
            {
                for (var batch = 0; batch < 20; batch++)
                {
                    store.Db.InTransaction(() =>
                    {
                        for (var i = 0; i < 100; i++)
                        {
                            store.Db.People.Insert(new Person { Phone = $"139{batch:D4}{i:D4}", Name = new string('工', 1500) });
                        }
                    });
                    Interlocked.Add(ref during, 100);
                }
            });
            Assert.True(writes.Wait(TimeSpan.FromSeconds(60)), "writers were held while the backup was being copied");
        });

        Assert.Equal(2_000, during);
        Assert.Equal(2_001, store.Db.People.Count());
        using var restored = LiteDbStore.Open(copy, new MarketEvents(), TimeProvider.System);
        Assert.Equal(["13900000021"], restored.People.All().Select(p => p.Phone));
        Assert.False(File.Exists(copy + LiteDbStore.PartialSuffix));
    }
}
