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

    /// <summary>A disabled account cannot sign in and its sessions end (staff who left, a revoked station's accounts).</summary>
    public bool Disabled { get; init; }

    /// <summary>Raised at every sign-out, so a session cookie copied before it stops working.</summary>
    public int SessionEpoch { get; init; }

    public DateTime CreatedAt { get; init; }
}
