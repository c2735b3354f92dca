namespace ZeroWork.Market.Training;

public sealed record TrainingCourse
{
    public int Id { get; init; }

    public string Title { get; init; } = "";

    /// <summary>Skill code the course teaches.</summary>
    public string? Skill { get; init; }

    public string StationId { get; init; } = "";

    /// <summary>China-time date the course starts (yyyy-MM-dd).</summary>
    public string? StartsOn { get; init; }

    public int Capacity { get; init; }

    public bool Subsidised { get; init; }
}
