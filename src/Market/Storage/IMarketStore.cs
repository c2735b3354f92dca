using ZeroWork.Market.Events;

namespace ZeroWork.Market.Storage;

/// <summary>
/// The store as Bot, Matcher and Admin see it: named repositories and one unit of work. Work that must land together runs
/// in <see cref="InTransaction{T}"/> or <see cref="InTransactionAsync{T}"/>; repository calls made inside it join that
/// transaction, calls outside it read committed data. Events raised with <see cref="Raise"/> inside a unit are published
/// after it commits, never before and never for a unit rolled back. The work is synchronous and about the store only:
/// a provider may run it again (LiteDB when another unit of its group commit fails, PostgreSQL after a serialization
/// failure or deadlock), so it must not call providers or sleep.
/// </summary>
public interface IMarketStore
{
    TimeProvider Time { get; }

    DateTime UtcNow => Time.GetUtcNow().UtcDateTime;

    IPeopleStore People { get; }

    IJobPostStore Jobs { get; }

    IPushStore Pushes { get; }

    IOutboxStore Outbox { get; }

    IInboundLog Inbound { get; }

    IConversationStore Conversations { get; }

    IStationStore Stations { get; }

    IConsultationStore Consultations { get; }

    ITrainingStore Training { get; }

    IStaffStore Staff { get; }

    IAuditLog Audit { get; }

    IBlockList Blocked { get; }

    IAssessmentStore Assessments { get; }

    ISmsReceiptStore SmsReceipts { get; }

    /// <summary>Runs <paramref name="work"/> in one transaction committed before this returns; nested calls join the outer unit.</summary>
    T InTransaction<T>(Func<T> work);

    /// <summary>As <see cref="InTransaction{T}"/>, without holding the caller's thread while the unit commits (for request handlers).</summary>
    Task<T> InTransactionAsync<T>(Func<T> work);

    /// <summary>Raises an event: inside a unit it waits for the commit and is dropped on rollback; outside one it is published at once.</summary>
    void Raise(MarketEvent e);
}
