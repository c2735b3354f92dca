using ZeroWork.Market.Storage;

namespace ZeroWork.Server.Commands;

/// <summary>The counts <c>zerowork stats</c> prints.</summary>
public static class StoreStats
{
    public static Dictionary<string, object> Read(MarketDb db) => new()
    {
        ["inbound"] = db.Inbound.LongCount(),
        ["workers"] = db.People.Count(p => p.Worker != null),
        ["employers"] = db.People.Count(p => p.Employer != null),
        ["jobs"] = db.Jobs.FindAll().GroupBy(j => j.Status.ToString().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count()),
        ["outbox"] = db.Outbox.FindAll().GroupBy(m => m.State.ToString().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count()),
        ["consultations"] = db.Consultations.Count(),
        ["stations"] = db.Stations.Count(),
    };
}
