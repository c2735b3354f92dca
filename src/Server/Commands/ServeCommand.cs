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
        await using var app = ZeroWorkApp.Build(hostArgs);
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
