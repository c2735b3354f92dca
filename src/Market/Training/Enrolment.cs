namespace ZeroWork.Market.Training;

public sealed record Enrolment
{
    public int Id { get; init; }

    public int CourseId { get; init; }

    public int PersonId { get; init; }

    public DateTime EnrolledAt { get; init; }
}
