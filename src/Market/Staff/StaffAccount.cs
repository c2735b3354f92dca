namespace ZeroWork.Market.Staff;

public sealed record StaffAccount
{
    public int Id { get; init; }

    public string UserName { get; init; } = "";

    public string DisplayName { get; init; } = "";

    public string PasswordHash { get; init; } = "";

    public StaffRole Role { get; init; }

    /// <summary>County staff: their district code.</summary>
    public string? District { get; init; }

    /// <summary>Station staff: their station.</summary>
    public string? StationId { get; init; }

    public int FailedLogins { get; init; }

    public DateTime? LockedUntil { get; init; }

    public bool MustChangePassword { get; init; }

    public DateTime CreatedAt { get; init; }
}
