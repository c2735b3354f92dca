namespace ZeroWork.Server.Parsing;

/// <summary>
/// Finds the labelled sets the accuracy and speed benchmarks read: the team's dev set (<c>shared/eval/dev.jsonl</c>, beside
/// the checkout or under <c>ZEROWORK_SHARED</c>) and the board-style set kept with the reader's tests.
/// </summary>
internal static class LabelledSets
{
    public const string BoardStylePath = "tests/Bot.Tests/Understanding/Data/board-style.jsonl";

    public static string? Dev()
    {
        var fromEnv = Environment.GetEnvironmentVariable("ZEROWORK_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(Path.Combine(fromEnv, "eval", "dev.jsonl")))
        {
            return Path.Combine(fromEnv, "eval", "dev.jsonl");
        }

        return Upwards(Path.Combine("shared", "eval", "dev.jsonl"));
    }

    /// <summary>The board-style set in the checkout the command runs from (or was built in).</summary>
    public static string? BoardStyle() => Upwards(BoardStylePath);

    private static string? Upwards(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
