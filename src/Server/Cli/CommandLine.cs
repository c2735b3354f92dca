using ZeroWork.Market.Storage;

namespace ZeroWork.Server.Cli;

/// <summary>Dispatches <c>zerowork &lt;command&gt; [args]</c>; no command (or only options) means <c>serve</c>.</summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var commands = typeof(CommandLine).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ICliCommand).IsAssignableFrom(t))
            .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
            .OrderByDescending(c => c.Name.Split(' ').Length)
            .ToList();

        if (args is ["help" or "--help" or "-h", ..])
        {
            Console.WriteLine("zerowork <command> [options]");
            foreach (var c in commands.OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {c.Name,-16} {c.Summary}");
            }

            return 0;
        }

        var command = commands.FirstOrDefault(c => Matches(c, args));
        var rest = command is null ? args : args[command.Name.Split(' ').Length..];
        if (command is null)
        {
            if (args.Length > 0 && !args[0].StartsWith('-'))
            {
                await Console.Error.WriteLineAsync($"zerowork: 未知命令 '{args[0]}'（zerowork help 列出全部命令）");
                return 64;
            }

            command = commands.Single(c => c.Name == "serve");
        }

        using var cts = new CancellationTokenSource();
        try
        {
            return await command.RunAsync(rest, cts.Token);
        }
        catch (Exception ex) when (StoreErrors.OneLine(ex) is { } line)
        {
            // A store that cannot be opened or read (locked, corrupt, cut short) is an operator's problem: one line, exit 2.
            await Console.Error.WriteLineAsync($"zerowork: {line}");
            return 2;
        }
    }

    private static bool Matches(ICliCommand command, string[] args)
    {
        var words = command.Name.Split(' ');
        return args.Length >= words.Length && words.Select((w, i) => args[i] == w).All(x => x);
    }
}
