namespace ZeroWork.Admin.Figures;

/// <summary>What a jurisdiction did in a period: the dashboard's tiles and the assessment's figures.</summary>
public sealed record Figures
{
    public int Posts { get; init; }

    public int Registrations { get; init; }

    public int Pushes { get; init; }

    /// <summary>Places filled: pushes a worker accepted in time.</summary>
    public int Fills { get; init; }

    public int Consultations { get; init; }

    public int ConsultationsAnswered { get; init; }

    /// <summary>Mean hours from question to first response, over the answered ones.</summary>
    public double? MeanFirstResponseHours { get; init; }

    /// <summary>Answered within the overdue limit, as a share of all consultations asked.</summary>
    public double? AnsweredInTimeShare { get; init; }
}
