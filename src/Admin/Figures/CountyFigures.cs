namespace ZeroWork.Admin.Figures;

/// <summary>One county's line in the city's dashboard: this month's figures and what is waiting now.</summary>
public sealed record CountyFigures(string District, string Name, Figures Month, int OpenConsultations, int PendingReview, int ServingStations);
