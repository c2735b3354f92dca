namespace ZeroWork.Server.Cli;

/// <summary>Reads <c>--name value</c> options of a command's arguments.</summary>
internal static class CliOptions
{
    public static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
