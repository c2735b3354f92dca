using ZeroWork.Market.Storage;

namespace ZeroWork.Market.Seeding;

/// <summary>A living demo market: workers, employers, posts and consultations around the city.</summary>
internal static class DemoSeed
{
    public static void Add(MarketDb db)
    {
        _ = db;
    }
}
