using System.ComponentModel.DataAnnotations;

namespace ZeroWork.Admin;

/// <summary>Settings of the admin site (section <c>Admin</c>), validated at start.</summary>
public sealed class AdminOptions : IValidatableObject
{
    public const string Section = "Admin";

    /// <summary>Password of the first city administrator <c>admin</c>; when empty one is generated and printed once.</summary>
    public string? BootstrapPassword { get; set; }

    /// <summary>Folder for station application materials; files get generated names.</summary>
    [Required]
    public string UploadPath { get; set; } = "data/uploads";

    [Range(1024, 50 * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Failed sign-ins for one user name before each further failure makes the next attempt wait (doubling); nothing is ever locked.</summary>
    [Range(1, 100)]
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>The same for one client address (all names together).</summary>
    [Range(1, 1000)]
    public int AddressFailuresBeforeBackoff { get; set; } = 20;

    /// <summary>The longest wait a run of failures can impose.</summary>
    [Range(1, 3600)]
    public int MaxBackoffSeconds { get; set; } = 60;

    /// <summary>Sign-in attempts (POSTs) allowed per client address per window: a flood guard, well above what staff switching accounts need.</summary>
    [Range(1, 10_000)]
    public int LoginPermitLimit { get; set; } = 30;

    [Range(1, 3600)]
    public int LoginWindowSeconds { get; set; } = 60;

    /// <summary>A consultation without a first response after this long is overdue.</summary>
    [Range(1, 24 * 30)]
    public int ConsultationOverdueHours { get; set; } = 24;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(BootstrapPassword) && BootstrapPassword.Length < Security.PasswordRules.MinLength)
        {
            yield return new ValidationResult($"Admin:BootstrapPassword 至少 {Security.PasswordRules.MinLength} 位", [nameof(BootstrapPassword)]);
        }
    }
}
