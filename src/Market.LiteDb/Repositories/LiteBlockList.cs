using LiteDB;
using ZeroWork.Market.People;

namespace ZeroWork.Market.LiteDb.Repositories;

internal sealed class LiteBlockList(ILiteCollection<BlockedContact> blocked) : IBlockList
{
    public IReadOnlyList<BlockedContact> All() => [.. blocked.FindAll()];

    public BlockedContact? Find(int id) => blocked.FindById(id);

    public bool IsBlocked(string address) => blocked.Exists(StoreQuery.Equal(nameof(BlockedContact.Address), address));

    public int Insert(BlockedContact entry) => blocked.Insert(entry).AsInt32;

    public void Delete(int id) => blocked.Delete(id);
}
