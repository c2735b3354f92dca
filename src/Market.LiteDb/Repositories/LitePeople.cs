using LiteDB;
using ZeroWork.Market.People;

namespace ZeroWork.Market.LiteDb.Repositories;

internal sealed class LitePeople(ILiteCollection<Person> people) : IPeopleStore
{
    public Person? Find(int id) => people.FindById(id);

    public Person? FindForUpdate(int id) => people.Query().Where(p => p.Id == id).ForUpdate().FirstOrDefault();

    public Person? ByPhone(string phone) => people.FindOne(StoreQuery.Equal(nameof(Person.Phone), phone));

    public Person? ByOpenId(string openId) => people.FindOne(StoreQuery.Equal(nameof(Person.OpenId), openId));

    public int Insert(Person person) => people.Insert(person).AsInt32;

    public void Update(Person person) => people.Update(person);

    public IEnumerable<Person> Workers() => people.Find(p => p.Worker != null);

    public IEnumerable<Person> RegisteredBetween(DateTime fromUtc, DateTime toUtc) =>
        people.Find(p => p.CreatedAt >= fromUtc && p.CreatedAt < toUtc).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id);

    public IEnumerable<Person> All() => people.FindAll();

    public long Count() => people.LongCount();

    public long CountWorkers() => people.LongCount(p => p.Worker != null);

    public long CountEmployers() => people.LongCount(p => p.Employer != null);
}
