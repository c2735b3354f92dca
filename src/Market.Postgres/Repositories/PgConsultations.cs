using ZeroWork.Market.Consultations;

namespace ZeroWork.Market.Postgres.Repositories;

internal sealed class PgConsultations(DocTable<Consultation> consultations) : IConsultationStore
{
    public Consultation? Find(int id) => consultations.ById(id);

    public int Insert(Consultation consultation) => (int)consultations.Insert(consultation);

    public void Update(Consultation consultation) => consultations.Update(consultation);

    public IEnumerable<Consultation> Unclosed() => consultations.Many("WHERE state <> @p0 ORDER BY id", nameof(ConsultationState.Closed));

    public IEnumerable<Consultation> OfPerson(int personId) => consultations.Many("WHERE person_id = @p0 ORDER BY id", personId);

    public IEnumerable<Consultation> OpenedBetween(DateTime fromUtc, DateTime toUtc) =>
        consultations.Many("WHERE created_at >= @p0 AND created_at < @p1 ORDER BY id", fromUtc, toUtc);

    public IEnumerable<Consultation> All() => consultations.Many("ORDER BY id");

    public long Count() => consultations.Count();

    public Consultation? FindForUpdate(int id) => consultations.ById(id, forUpdate: true);
}
