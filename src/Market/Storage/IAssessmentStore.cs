using ZeroWork.Market.Stations;

namespace ZeroWork.Market.Storage;

/// <summary>Yearly station assessments (第十三条), one per station and year.</summary>
public interface IAssessmentStore
{
    StationAssessment? Find(string id);

    IReadOnlyList<StationAssessment> OfYear(int year);

    void Save(StationAssessment assessment);
}
