namespace ZeroWork.Market.Tests.Storage.Contract;

public sealed class LiteDbRecordTests() : RecordContract(new LiteDbHarness());
