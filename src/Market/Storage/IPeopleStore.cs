using ZeroWork.Market.People;

namespace ZeroWork.Market.Storage;

/// <summary>Workers, employers and households. A phone number and a WeChat openid each name at most one person.</summary>
public interface IPeopleStore
{
    Person? Find(int id);

    /// <summary>Reads a person to change them: the row stays locked for the rest of the unit, so a change made elsewhere meanwhile is never overwritten.</summary>
    Person? FindForUpdate(int id);

    Person? ByPhone(string phone);

    Person? ByOpenId(string openId);

    /// <summary>Stores a new person and returns the id given to them.</summary>
    int Insert(Person person);

    void Update(Person person);

    /// <summary>Everyone with a worker profile (the Matcher's index is built from this).</summary>
    IEnumerable<Person> Workers();

    /// <summary>People who first registered in [from, to), oldest first.</summary>
    IEnumerable<Person> RegisteredBetween(DateTime fromUtc, DateTime toUtc);

    /// <summary>Every person, by id (the admin register filters and pages this).</summary>
    IEnumerable<Person> All();

    long Count();

    long CountWorkers();

    long CountEmployers();
}
