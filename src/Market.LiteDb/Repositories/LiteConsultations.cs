using LiteDB;
using ZeroWork.Market.Consultations;

namespace ZeroWork.Market.LiteDb.Repositories;

internal sealed class LiteConsultations(ILiteCollection<Consultation> consultations) : IConsultationStore
{
    public Consultation? Find(int id) => consultations.FindById(id);

    public int Insert(Consultation consultation) => consultations.Insert(consultation).AsInt32;

    public void Update(Consultation consultation) => consultations.Update(consultation);

    public IEnumerable<Consultation> Unclosed() => consultations.Find(c => c.State != ConsultationState.Closed);

    public IEnumerable<Consultation> OfPerson(int personId) => consultations.Find(c => c.PersonId == personId);

    public IEnumerable<Consultation> OpenedBetween(DateTime fromUtc, DateTime toUtc) => consultations.Find(c => c.CreatedAt >= fromUtc && c.CreatedAt < toUtc);

    public IEnumerable<Consultation> All() => consultations.FindAll();

    public long Count() => consultations.LongCount();

    public Consultation? FindForUpdate(int id) => consultations.Query().Where(c => c.Id == id).ForUpdate().FirstOrDefault();
}
