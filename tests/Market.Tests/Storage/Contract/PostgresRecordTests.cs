using ZeroWork.Tests.Common.Postgres;

namespace ZeroWork.Market.Tests.Storage.Contract;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRecordTests(PostgresFixture fixture) : RecordContract(new PostgresHarness(fixture));
