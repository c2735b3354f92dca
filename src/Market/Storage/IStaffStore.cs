using ZeroWork.Market.Staff;

namespace ZeroWork.Market.Storage;

/// <summary>Staff accounts of the admin site; user names are unique.</summary>
public interface IStaffStore
{
    StaffAccount? Find(int id);

    StaffAccount? ByUserName(string userName);

    IReadOnlyList<StaffAccount> All();

    int Insert(StaffAccount account);

    void Update(StaffAccount account);
}
