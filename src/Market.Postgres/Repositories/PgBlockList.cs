using ZeroWork.Market.People;

namespace ZeroWork.Market.Postgres.Repositories;

internal sealed class PgBlockList(DocTable<BlockedContact> blocked) : IBlockList
{
    public IReadOnlyList<BlockedContact> All() => blocked.Many("ORDER BY id");

    public BlockedContact? Find(int id) => blocked.ById(id);

    public bool IsBlocked(string address) => blocked.Exists("WHERE address = @p0", address);

    public int Insert(BlockedContact entry) => (int)blocked.Insert(entry);

    public void Delete(int id) => blocked.Delete(id);
}
