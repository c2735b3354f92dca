namespace ZeroWork.Server.Parsing;

/// <summary>Finds the team's labelled dev set (<c>shared/eval/dev.jsonl</c>) beside the checkout, for benchmarks.</summary>
internal static class DevSet
{
    public static string? Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("ZEROWORK_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(Path.Combine(fromEnv, "eval", "dev.jsonl")))
        {
            return Path.Combine(fromEnv, "eval", "dev.jsonl");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "eval", "dev.jsonl");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
