namespace ZeroWork.Market.Tests.Storage.Contract;

public sealed class LiteDbUnitOfWorkTests() : UnitOfWorkContract(new LiteDbHarness());
