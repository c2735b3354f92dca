using LiteDB;
using ZeroWork.Market.Staff;

namespace ZeroWork.Market.LiteDb.Repositories;

internal sealed class LiteStaff(ILiteCollection<StaffAccount> staff) : IStaffStore
{
    public StaffAccount? Find(int id) => staff.FindById(id);

    public StaffAccount? ByUserName(string userName) => staff.FindOne(StoreQuery.Equal(nameof(StaffAccount.UserName), userName));

    public IReadOnlyList<StaffAccount> All() => [.. staff.FindAll()];

    public int Insert(StaffAccount account) => staff.Insert(account).AsInt32;

    public void Update(StaffAccount account) => staff.Update(account);
}
