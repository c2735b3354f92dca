using Npgsql;
using ZeroWork.Market.Events;
using ZeroWork.Market.Postgres.Repositories;

namespace ZeroWork.Market.Postgres;

/// <summary>
/// The store on a PostgreSQL + PostGIS database that several nodes may share. A unit of work is one READ COMMITTED
/// transaction on one pooled connection, held in an AsyncLocal so repository calls in the unit join it; reads for
/// update are <c>SELECT … FOR UPDATE</c>. A unit that meets a serialization failure, a deadlock or a unique violation
/// (two nodes inserting the same key after both checked) is rolled back and run again: its re-run sees the winner's
/// row. Events go to this node after the commit and to the other nodes through <see cref="EventRelay"/>.
/// </summary>
public sealed class PostgresStore : IMarketStore, IStoreMaintenance, IDisposable
{
    private const int MaxAttempts = 5;

    private readonly NpgsqlDataSource source;
    private readonly PgSession session;
    private readonly MarketEvents events;
    private readonly EventRelay relay;
    private long rollbacks;
    private volatile bool writesFailing;

    private PostgresStore(NpgsqlDataSource source, MarketEvents events, TimeProvider time, string describe)
    {
        this.source = source;
        this.events = events;
        Time = time;
        Describe = describe;
        session = new PgSession(source, () => writesFailing = true);
        relay = new EventRelay(source, events, NodeId);
        People = new PgPeople(new(session, "people"));
        Jobs = new PgJobPosts(new(session, "jobs"));
        Pushes = new PgPushes(new(session, "pushes"));
        Outbox = new PgOutbox(new(session, "outbox"));
        Inbound = new PgInbound(new(session, "inbound"));
        Conversations = new PgConversations(new(session, "conversations"));
        Stations = new PgStations(new(session, "stations"));
        Consultations = new PgConsultations(new(session, "consultations"));
        Training = new PgTraining(new(session, "courses"), new(session, "enrolments"));
        Staff = new PgStaff(new(session, "staff"));
        Audit = new PgAudit(new(session, "audit"));
        Blocked = new PgBlockList(new(session, "blocked"));
        Assessments = new PgAssessments(new(session, "assessments"));
        SmsReceipts = new PgSmsReceipts(new(session, "sms_receipts"));
    }

    public TimeProvider Time { get; }

    public DateTime UtcNow => Time.GetUtcNow().UtcDateTime;

    /// <summary>This store's name in event notifications, so it can tell its own from other nodes'.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    public IPeopleStore People { get; }

    public IJobPostStore Jobs { get; }

    public IPushStore Pushes { get; }

    public IOutboxStore Outbox { get; }

    public IInboundLog Inbound { get; }

    public IConversationStore Conversations { get; }

    public IStationStore Stations { get; }

    public IConsultationStore Consultations { get; }

    public ITrainingStore Training { get; }

    public IStaffStore Staff { get; }

    public IAuditLog Audit { get; }

    public IBlockList Blocked { get; }

    public IAssessmentStore Assessments { get; }

    public ISmsReceiptStore SmsReceipts { get; }

    public string Describe { get; }

    public bool WritesFailing => writesFailing;

    public long Rollbacks => Interlocked.Read(ref rollbacks);

    public bool CanBackup => false;

    /// <summary>Events received from other nodes since the store opened.</summary>
    public long EventsFromOtherNodes => relay.Received;

    /// <summary>Connects, brings the schema up to date (see <see cref="Migrator"/>) and starts listening for other nodes' events. Failures become one-line <see cref="StoreOpenException"/>s.</summary>
    public static PostgresStore Open(string connectionString, MarketEvents events, TimeProvider time)
    {
        string describe;
        NpgsqlDataSource source;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            describe = $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
            source = new NpgsqlDataSourceBuilder(connectionString).Build();
        }
        catch (ArgumentException ex)
        {
            throw PostgresErrors.OnOpen("(?)", ex);
        }

        try
        {
            Migrator.Apply(source);
            var store = new PostgresStore(source, events, time, describe);
            store.relay.Start(TimeSpan.FromSeconds(10));
            return store;
        }
        catch (Exception ex)
        {
            source.Dispose();
            throw PostgresErrors.OnOpen(describe, ex);
        }
    }

    public T InTransaction<T>(Func<T> work)
    {
        if (session.Current is not null)
        {
            return work();
        }

        for (var attempt = 1; ; attempt++)
        {
            PgUnit? unit = null;
            try
            {
                var connection = source.OpenConnection();
                unit = new PgUnit(connection, connection.BeginTransaction());
                session.Current = unit;
                var result = work();
                Notify(unit);
                unit.Transaction.Commit();
                Committed(unit);
                return result;
            }
            catch (Exception ex) when (Failed(ex, attempt))
            {
                Thread.Sleep(Backoff(attempt));
            }
            catch (Exception ex) when (PostgresErrors.IsConnectionLost(ex))
            {
                throw PostgresErrors.Unavailable(ex);
            }
            finally
            {
                session.Current = null;
                unit?.Transaction.Dispose();
                unit?.Connection.Dispose();
            }
        }
    }

    public async Task<T> InTransactionAsync<T>(Func<T> work)
    {
        if (session.Current is not null)
        {
            return work();
        }

        for (var attempt = 1; ; attempt++)
        {
            PgUnit? unit = null;
            try
            {
                var connection = await source.OpenConnectionAsync().ConfigureAwait(false);
                unit = new PgUnit(connection, await connection.BeginTransactionAsync().ConfigureAwait(false));
                session.Current = unit;
                var result = work();
                Notify(unit);
                await unit.Transaction.CommitAsync().ConfigureAwait(false);
                Committed(unit);
                return result;
            }
            catch (Exception ex) when (Failed(ex, attempt))
            {
                await Task.Delay(Backoff(attempt)).ConfigureAwait(false);
            }
            catch (Exception ex) when (PostgresErrors.IsConnectionLost(ex))
            {
                throw PostgresErrors.Unavailable(ex);
            }
            finally
            {
                session.Current = null;
                if (unit is not null)
                {
                    await unit.Transaction.DisposeAsync().ConfigureAwait(false);
                    await unit.Connection.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
    }

    public void Raise(MarketEvent e)
    {
        if (session.Current is { } unit)
        {
            unit.Events.Add(e);
            return;
        }

        events.Publish(e);
        try
        {
            foreach (var payload in EventRelay.Payloads(NodeId, [e]))
            {
                session.NonQuery("SELECT pg_notify(@p0, @p1)", EventRelay.Channel, payload);
            }
        }
        catch (StoreUnavailableException)
        {
            // Raised outside a unit there is nothing to roll back; the other nodes miss this one event (docs/postgres.md).
        }
    }

    public TimeSpan Backup(string destination) =>
        throw new NotSupportedException("PostgreSQL 数据库请用 pg_dump / pg_basebackup 备份（docs/postgres.md）");

    public void Dispose()
    {
        relay.Dispose();
        source.Dispose();
    }

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * attempt);

    /// <summary>Counts the rollback, notes a lost server, and says whether the unit should run again.</summary>
    private bool Failed(Exception ex, int attempt)
    {
        Interlocked.Increment(ref rollbacks);
        if (PostgresErrors.IsConnectionLost(ex))
        {
            writesFailing = true;
            return false;
        }

        return attempt < MaxAttempts && ex is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.UniqueViolation };
    }

    /// <summary>Sent inside the transaction just before COMMIT: the other nodes hear of the unit only if it commits.</summary>
    private void Notify(PgUnit unit)
    {
        foreach (var payload in EventRelay.Payloads(NodeId, unit.Events))
        {
            using var command = PgSession.Command(unit.Connection, unit.Transaction, "SELECT pg_notify(@p0, @p1)", [EventRelay.Channel, payload]);
            command.ExecuteNonQuery();
        }
    }

    private void Committed(PgUnit unit)
    {
        writesFailing = false;
        session.Current = null;
        foreach (var e in unit.Events)
        {
            events.Publish(e);
        }
    }
}
