namespace ZeroWork.Market.Consultations;

public enum ConsultationKind
{
    /// <summary>劳动维权.</summary>
    LabourRights,

    /// <summary>政策咨询.</summary>
    Policy,

    /// <summary>培训.</summary>
    Training,

    /// <summary>人工: a chat handed over to the station.</summary>
    Handover,
}
