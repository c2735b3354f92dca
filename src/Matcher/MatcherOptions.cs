using System.ComponentModel.DataAnnotations;

namespace ZeroWork.Matcher;

/// <summary>The <c>Matcher</c> section: radius, waves, caps, quiet hours and the public address of the navigation links.</summary>
public sealed class MatcherOptions : IValidatableObject
{
    public const string Section = "Matcher";

    /// <summary>The 1.5 km promise of the measures (第五条).</summary>
    [Range(100, 50_000)]
    public double RadiusMeters { get; set; } = 1500;

    /// <summary>Workers pushed in the first wave per place still to fill.</summary>
    [Range(1, 50)]
    public int WaveFactor { get; set; } = 3;

    [Range(1, 7 * 24 * 60)]
    public int SecondWaveAfterMinutes { get; set; } = 30;

    /// <summary>A wider radius for the second wave; null keeps it at <see cref="RadiusMeters"/> (off by default, to keep the 1.5 km promise).</summary>
    [Range(100, 50_000)]
    public double? SecondWaveRadiusMeters { get; set; }

    /// <summary>Pushes a worker gets at most per China-time day.</summary>
    [Range(1, 100)]
    public int DailyCap { get; set; } = 3;

    /// <summary>Open jobs pushed at once to a newly registered worker.</summary>
    [Range(0, 20)]
    public int PullCount { get; set; } = 3;

    [Required]
    public QuietHoursOptions QuietHours { get; set; } = new();

    /// <summary>Our own address, for short navigation links in SMS (<c>/go/{jobId}</c>).</summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>How often expiry and second waves are checked.</summary>
    [Range(1, 3600)]
    public int SweepSeconds { get; set; } = 60;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (QuietHours.Enabled && QuietHours.Start == QuietHours.End)
        {
            yield return new ValidationResult("Matcher:QuietHours:Start and End must differ", [nameof(QuietHours)]);
        }
    }
}
