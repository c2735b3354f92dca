using ZeroWork.Market.Stations;

namespace ZeroWork.Admin.Pages.Assessments;

public sealed record AssessmentRow(Station Station, Figures.Figures Figures, StationAssessment Assessment);
