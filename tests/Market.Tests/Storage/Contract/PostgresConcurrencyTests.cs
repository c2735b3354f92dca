using ZeroWork.Tests.Common.Postgres;

namespace ZeroWork.Market.Tests.Storage.Contract;

[Collection(PostgresCollection.Name)]
public sealed class PostgresConcurrencyTests(PostgresFixture fixture) : ConcurrencyContract(new PostgresHarness(fixture));
