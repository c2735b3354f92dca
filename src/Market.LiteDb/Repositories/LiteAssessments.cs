using LiteDB;
using ZeroWork.Market.Stations;

namespace ZeroWork.Market.LiteDb.Repositories;

internal sealed class LiteAssessments(ILiteCollection<StationAssessment> assessments) : IAssessmentStore
{
    public StationAssessment? Find(string id) => assessments.FindById(id);

    public IReadOnlyList<StationAssessment> OfYear(int year) => [.. assessments.Find(a => a.Year == year)];

    public void Save(StationAssessment assessment) => assessments.Upsert(assessment);
}
