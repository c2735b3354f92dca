using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ZeroWork.Server.Hosting;

/// <summary>Turns a failed start caused by settings into one line that names each key and its rule, never the value (it may be a secret).</summary>
public static partial class ConfigurationErrors
{
    /// <returns>null when <paramref name="exception"/> is not about configuration.</returns>
    public static string? Describe(Exception exception)
    {
        var failures = Failures(exception).ToList();
        return failures.Count == 0 ? null : "配置错误：" + string.Join("；", failures.Distinct(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Failures(Exception exception)
    {
        switch (exception)
        {
            case OptionsValidationException invalid:
                var section = invalid.OptionsType.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string;
                return invalid.Failures.Select(f => Annotated(f, section));
            case AggregateException many:
                return many.InnerExceptions.SelectMany(Failures);
            case InvalidOperationException when ConversionFailure().Match(exception.Message) is { Success: true } match:
                return [$"{match.Groups["key"].Value} 的值不是有效的 {ShortType(match.Groups["type"].Value)}"];
            default:
                return exception.InnerException is { } inner ? Failures(inner) : [];
        }
    }

    /// <summary>DataAnnotations name the property only; prefix the options' section so the line names the whole key.</summary>
    private static string Annotated(string failure, string? section) =>
        AnnotationFailure().Match(failure) is { Success: true } match
            ? $"{(section is null ? "" : section + ":")}{match.Groups["member"].Value}：{match.Groups["error"].Value}"
            : failure;

    private static string ShortType(string type) => type.Split('.')[^1].Split('`')[0];

    [GeneratedRegex("^DataAnnotation validation failed for '[^']*' members: '(?<member>[^']*)' with the error: '(?<error>.*)'\\.?$")]
    private static partial Regex AnnotationFailure();

    [GeneratedRegex("Failed to convert configuration value .* at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex ConversionFailure();
}
