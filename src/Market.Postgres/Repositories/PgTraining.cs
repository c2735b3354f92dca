using ZeroWork.Market.Training;

namespace ZeroWork.Market.Postgres.Repositories;

internal sealed class PgTraining(DocTable<TrainingCourse> courses, DocTable<Enrolment> enrolments) : ITrainingStore
{
    public IReadOnlyList<TrainingCourse> Courses() => courses.Many("ORDER BY id");

    public int InsertCourse(TrainingCourse course) => (int)courses.Insert(course);

    public bool IsEnrolled(int courseId, int personId) => enrolments.Exists("WHERE course_id = @p0 AND person_id = @p1", courseId, personId);

    public int Enrol(Enrolment enrolment) => (int)enrolments.Insert(enrolment);

    public IReadOnlyList<Enrolment> EnrolmentsIn(int courseId) => enrolments.Many("WHERE course_id = @p0 ORDER BY id", courseId);
}
