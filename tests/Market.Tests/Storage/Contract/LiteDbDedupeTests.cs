namespace ZeroWork.Market.Tests.Storage.Contract;

public sealed class LiteDbDedupeTests() : DedupeContract(new LiteDbHarness());
