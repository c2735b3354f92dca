using System.Text.RegularExpressions;
using ZeroWork.Market.People;

namespace ZeroWork.Admin.Pages;

/// <summary>Masks addresses (phones and openids) and any mobile number inside a text, for lists (第十四条).</summary>
public static partial class AddressMask
{
    public static string Address(string? address) =>
        string.IsNullOrEmpty(address) ? "" : address.All(char.IsAsciiDigit) ? PhoneMask.Mask(address)
        : address.Length <= 8 ? new string('*', address.Length) : string.Concat(address.AsSpan(0, 4), "****", address.AsSpan(address.Length - 4));

    public static string Text(string? text) => string.IsNullOrEmpty(text) ? "" : Mobile().Replace(text, m => PhoneMask.Mask(m.Value));

    [GeneratedRegex("(?<!\\d)1\\d{10}(?!\\d)")]
    private static partial Regex Mobile();
}
