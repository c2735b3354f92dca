using ZeroWork.Market.Storage;

namespace ZeroWork.Server.Commands;

/// <summary>The counts <c>zerowork stats</c> prints, the same on every provider.</summary>
public static class StoreStats
{
    public static Dictionary<string, object> Read(IMarketStore db) => new()
    {
        ["inbound"] = db.Inbound.Count(),
        ["workers"] = db.People.CountWorkers(),
        ["employers"] = db.People.CountEmployers(),
        ["jobs"] = db.Jobs.CountByStatus().Where(s => s.Value > 0).ToDictionary(s => s.Key.ToString().ToLowerInvariant(), s => s.Value),
        ["outbox"] = Enum.GetValues<Market.Messaging.OutboxState>().Select(s => (State: s, Count: db.Outbox.CountInState(s))).Where(s => s.Count > 0)
            .ToDictionary(s => s.State.ToString().ToLowerInvariant(), s => s.Count),
        ["consultations"] = db.Consultations.Count(),
        ["stations"] = db.Stations.Count(),
    };
}
