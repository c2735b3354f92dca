using ZeroWork.Market.Events;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Tests.Outbound;

/// <summary>The shared store with an outbox whose rows another node may be holding (<see cref="HeldOutbox"/>).</summary>
internal sealed class HeldRowsStore(IMarketStore inner) : IMarketStore
{
    public HeldOutbox HeldOutbox { get; } = new(inner.Outbox);

    public TimeProvider Time => inner.Time;

    public IPeopleStore People => inner.People;

    public IJobPostStore Jobs => inner.Jobs;

    public IPushStore Pushes => inner.Pushes;

    public IOutboxStore Outbox => HeldOutbox;

    public IInboundLog Inbound => inner.Inbound;

    public IConversationStore Conversations => inner.Conversations;

    public IStationStore Stations => inner.Stations;

    public IConsultationStore Consultations => inner.Consultations;

    public ITrainingStore Training => inner.Training;

    public IStaffStore Staff => inner.Staff;

    public IAuditLog Audit => inner.Audit;

    public IBlockList Blocked => inner.Blocked;

    public IAssessmentStore Assessments => inner.Assessments;

    public ISmsReceiptStore SmsReceipts => inner.SmsReceipts;

    public T InTransaction<T>(Func<T> work) => inner.InTransaction(work);

    public Task<T> InTransactionAsync<T>(Func<T> work) => inner.InTransactionAsync(work);

    public void Raise(MarketEvent e) => inner.Raise(e);
}
