using ZeroWork.Market.People;

namespace ZeroWork.Market.Postgres.Repositories;

internal sealed class PgPeople(DocTable<Person> people) : IPeopleStore
{
    public Person? Find(int id) => people.ById(id);

    public Person? FindForUpdate(int id) => people.ById(id, forUpdate: true);

    public Person? ByPhone(string phone) => people.One("WHERE phone = @p0", false, phone);

    public Person? ByOpenId(string openId) => people.One("WHERE open_id = @p0", false, openId);

    public int Insert(Person person) => (int)people.Insert(person);

    public void Update(Person person) => people.Update(person);

    public IEnumerable<Person> Workers() => people.Many("WHERE is_worker ORDER BY id");

    public IEnumerable<Person> RegisteredBetween(DateTime fromUtc, DateTime toUtc) =>
        people.Many("WHERE created_at >= @p0 AND created_at < @p1 ORDER BY created_at, id", fromUtc, toUtc);

    public IEnumerable<Person> All() => people.Many("ORDER BY id");

    public long Count() => people.Count();

    public long CountWorkers() => people.Count("WHERE is_worker");

    public long CountEmployers() => people.Count("WHERE is_employer");
}
