namespace ZeroWork.Tests.Common;

/// <summary>Finds the team's <c>shared/</c> folder (specs, vectors, eval sets), which sits beside the repository checkout.</summary>
internal static class SharedFolder
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("ZEROWORK_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
        {
            return fromEnv;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "specs");
            if (Directory.Exists(candidate))
            {
                return System.IO.Path.GetDirectoryName(candidate)!;
            }
        }

        throw new DirectoryNotFoundException("shared/ (specs and vectors) not found beside the checkout; set ZEROWORK_SHARED");
    }
}
