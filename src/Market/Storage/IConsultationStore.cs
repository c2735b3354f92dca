using ZeroWork.Market.Consultations;

namespace ZeroWork.Market.Storage;

/// <summary>Labour-rights, policy and training consultations and their threads.</summary>
public interface IConsultationStore
{
    Consultation? Find(int id);

    int Insert(Consultation consultation);

    void Update(Consultation consultation);

    /// <summary>Every consultation not yet closed.</summary>
    IEnumerable<Consultation> Unclosed();

    IEnumerable<Consultation> OfPerson(int personId);

    /// <summary>Consultations opened in [from, to).</summary>
    IEnumerable<Consultation> OpenedBetween(DateTime fromUtc, DateTime toUtc);

    IEnumerable<Consultation> All();

    long Count();

    /// <summary>Reads a consultation to add to it: the row stays locked for the rest of the unit, so a follow-up from the person and a staff answer on another node never overwrite each other's line.</summary>
    Consultation? FindForUpdate(int id);
}
