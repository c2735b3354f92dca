using System.Security.Cryptography;

namespace ZeroWork.Admin.Security;

/// <summary>What a staff password must be, and how new ones are generated.</summary>
public static class PasswordRules
{
    public const int MinLength = 10;

    // No 0/O, 1/l/I: generated passwords are read aloud and typed on old keyboards.
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Generate(int length = 16) => RandomNumberGenerator.GetString(Alphabet, length);

    /// <returns>null when acceptable, otherwise the reason in Chinese.</returns>
    public static string? Check(string? password, string userName)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            return $"密码至少 {MinLength} 位";
        }

        if (!password.Any(char.IsLetter) || !password.Any(char.IsDigit))
        {
            return "密码须同时包含字母和数字";
        }

        return password.Contains(userName, StringComparison.OrdinalIgnoreCase) ? "密码不能包含用户名" : null;
    }
}
