using ZeroWork.Market.Stations;

namespace ZeroWork.Market.Postgres.Repositories;

internal sealed class PgAssessments(DocTable<StationAssessment> assessments) : IAssessmentStore
{
    public StationAssessment? Find(string id) => assessments.ById(id);

    public IReadOnlyList<StationAssessment> OfYear(int year) => assessments.Many("WHERE year = @p0 ORDER BY id", year);

    public void Save(StationAssessment assessment) => assessments.Upsert(assessment);
}
