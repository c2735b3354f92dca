using LiteDB;
using ZeroWork.Market.Training;

namespace ZeroWork.Market.LiteDb.Repositories;

internal sealed class LiteTraining(ILiteCollection<TrainingCourse> courses, ILiteCollection<Enrolment> enrolments) : ITrainingStore
{
    public IReadOnlyList<TrainingCourse> Courses() => [.. courses.FindAll()];

    public int InsertCourse(TrainingCourse course) => courses.Insert(course).AsInt32;

    public bool IsEnrolled(int courseId, int personId) => enrolments.Exists(e => e.CourseId == courseId && e.PersonId == personId);

    public int Enrol(Enrolment enrolment) => enrolments.Insert(enrolment).AsInt32;

    public IReadOnlyList<Enrolment> EnrolmentsIn(int courseId) => [.. enrolments.Find(e => e.CourseId == courseId)];
}
