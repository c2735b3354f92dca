using ZeroWork.Tests.Common.Postgres;

namespace ZeroWork.Market.Tests.Storage.Contract;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDedupeTests(PostgresFixture fixture) : DedupeContract(new PostgresHarness(fixture));
