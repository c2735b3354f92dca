namespace ZeroWork.Market.Seeding;

public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Add demo people, posts and consultations on first start (<c>serve --no-demo</c> turns this off).</summary>
    public bool Demo { get; set; } = true;
}
