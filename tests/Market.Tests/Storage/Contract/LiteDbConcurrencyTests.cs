namespace ZeroWork.Market.Tests.Storage.Contract;

public sealed class LiteDbConcurrencyTests() : ConcurrencyContract(new LiteDbHarness());
