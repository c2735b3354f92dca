namespace ZeroWork.Market.Tests.Storage.Contract;

public sealed class LiteDbQueryTests() : QueryContract(new LiteDbHarness());
