using System.Reflection;

namespace ZeroWork.Server.Tests.Architecture;

/// <summary>
/// design.md, "The store step": Bot, Matcher and Admin meet in Market and never touch a store's own types; only the
/// providers know LiteDB or Npgsql. The build enforces the same with BannedSymbols.txt; this checks what was built.
/// </summary>
public sealed class StoreBoundaryTests
{
    private static readonly string[] StoreAssemblies = ["LiteDB", "Npgsql", "ZeroWork.Market.LiteDb", "ZeroWork.Market.Postgres"];

    public static TheoryData<string> Parts => ["ZeroWork.Market", "ZeroWork.Bot", "ZeroWork.Matcher", "ZeroWork.Admin"];

    [Theory]
    [MemberData(nameof(Parts))]
    public void A_part_references_no_store_provider_or_driver(string part)
    {
        var references = Assembly.Load(part).GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Empty(references.Intersect(StoreAssemblies, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ZeroWork.Bot")]
    [InlineData("ZeroWork.Matcher")]
    [InlineData("ZeroWork.Admin")]
    public void Bot_Matcher_and_Admin_never_reference_each_other(string part)
    {
        string[] siblings = ["ZeroWork.Bot", "ZeroWork.Matcher", "ZeroWork.Admin"];
        var references = Assembly.Load(part).GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Empty(references.Intersect(siblings.Where(s => s != part), StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ZeroWork.Market.LiteDb", "Npgsql")]
    [InlineData("ZeroWork.Market.Postgres", "LiteDB")]
    public void A_provider_knows_only_its_own_driver(string provider, string otherDriver)
    {
        var references = Assembly.Load(provider).GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain(otherDriver, references);
        Assert.Contains("ZeroWork.Market", references);
    }
}
