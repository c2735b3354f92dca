using System.ComponentModel.DataAnnotations;

namespace ZeroWork.Matcher.Public;

/// <summary>The <c>Public</c> section: the public job pages and the open API for the city's apps.</summary>
public sealed class PublicOptions : IValidatableObject
{
    public const string Section = "Public";

    /// <summary>Origins (scheme://host[:port]) whose pages may call <c>/api/jobs</c> from a browser; none by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Requests a client (by address) may make per window, pages and API together.</summary>
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 120;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Jobs per page, on the pages and in the API.</summary>
    [Range(1, 100)]
    public int PageSize { get; set; } = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var origin in AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.PathAndQuery != "/" || origin.EndsWith('/'))
            {
                yield return new ValidationResult($"Public:AllowedOrigins: '{origin}' is not an origin like https://app.example.cn", [nameof(AllowedOrigins)]);
            }
        }
    }
}
