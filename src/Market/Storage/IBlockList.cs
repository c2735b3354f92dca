using ZeroWork.Market.People;

namespace ZeroWork.Market.Storage;

/// <summary>Numbers and openids whose posts are always held for review.</summary>
public interface IBlockList
{
    IReadOnlyList<BlockedContact> All();

    BlockedContact? Find(int id);

    bool IsBlocked(string address);

    int Insert(BlockedContact entry);

    void Delete(int id);
}
