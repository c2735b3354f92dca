using ZeroWork.Market.Staff;

namespace ZeroWork.Market.Postgres.Repositories;

internal sealed class PgStaff(DocTable<StaffAccount> staff) : IStaffStore
{
    public StaffAccount? Find(int id) => staff.ById(id);

    public StaffAccount? ByUserName(string userName) => staff.One("WHERE user_name = @p0", false, userName);

    public IReadOnlyList<StaffAccount> All() => staff.Many("ORDER BY id");

    public int Insert(StaffAccount account) => (int)staff.Insert(account);

    public void Update(StaffAccount account) => staff.Update(account);
}
