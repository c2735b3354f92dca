using ZeroWork.Market.Training;

namespace ZeroWork.Market.Storage;

/// <summary>Training courses and who enrolled in them.</summary>
public interface ITrainingStore
{
    IReadOnlyList<TrainingCourse> Courses();

    int InsertCourse(TrainingCourse course);

    bool IsEnrolled(int courseId, int personId);

    int Enrol(Enrolment enrolment);

    IReadOnlyList<Enrolment> EnrolmentsIn(int courseId);
}
