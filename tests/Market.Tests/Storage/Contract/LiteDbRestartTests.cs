namespace ZeroWork.Market.Tests.Storage.Contract;

public sealed class LiteDbRestartTests() : RestartContract(new LiteDbHarness());
