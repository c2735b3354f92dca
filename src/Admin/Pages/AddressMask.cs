using System.Text.RegularExpressions;
using ZeroWork.Market.People;

namespace ZeroWork.Admin.Pages;

/// <summary>Masks addresses (phones and openids) and any mobile number inside a text, for lists (第十四条).</summary>
public static partial class AddressMask
{
    public static string Address(string? address) =>
        string.IsNullOrEmpty(address) ? "" : address.All(char.IsAsciiDigit) ? PhoneMask.Mask(address)
        : address.Length <= 8 ? new string('*', address.Length) : string.Concat(address.AsSpan(0, 4), "****", address.AsSpan(address.Length - 4));

    /// <summary>Masks every mobile number in free text, also when written with spaces or dashes ("137 3333 4444").</summary>
    public static string Text(string? text) => string.IsNullOrEmpty(text) ? "" : Mobile().Replace(text, m => PhoneMask.Mask(new string([.. m.Value.Where(char.IsAsciiDigit)])));

    [GeneratedRegex(@"(?<!\d)1(?:[\s\-]?\d){10}(?!\d)")]
    private static partial Regex Mobile();
}
