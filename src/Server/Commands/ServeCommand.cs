using ZeroWork.Server.Cli;
using ZeroWork.Server.Hosting;

namespace ZeroWork.Server.Commands;

public sealed class ServeCommand : ICliCommand
{
    public string Name => "serve";

    public string Summary => "运行服务（默认 http://localhost:5080；--urls URL，--no-demo 不加演示数据）";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var hostArgs = args.Select(a => a == "--no-demo" ? "--Seed:Demo=false" : a).ToArray();
        try
        {
            await using var app = ZeroWorkApp.Build(hostArgs);
            await app.RunAsync(cancellationToken);
            return 0;
        }
        catch (Exception ex) when (OwnsProcess && ConfigurationErrors.Describe(ex) is { } line)
        {
            // An operator's typo is not a crash: one line naming the key and its rule, and the usage exit code.
            await Console.Error.WriteLineAsync("zerowork: " + line);
            return 2;
        }
    }

    /// <summary>Only the real program owns its exit code. Under a test factory the entry point runs inside the test host, and the
    /// factory must see the start failure itself: swallowing it there would hand the factory a disposed host.</summary>
    private static bool OwnsProcess => System.Reflection.Assembly.GetEntryAssembly() == typeof(ServeCommand).Assembly;
}
