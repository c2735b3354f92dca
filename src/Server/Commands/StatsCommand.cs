using System.Text.Json;
using Microsoft.Extensions.Options;
using ZeroWork.Market.Storage;
using ZeroWork.Server.Cli;

namespace ZeroWork.Server.Commands;

public sealed class StatsCommand : ICliCommand
{
    public string Name => "stats";

    public string Summary => "只读打开数据库并打印计数（JSON）；服务运行时也可用，不改动它的文件；可读取被强行终止的进程留下的文件";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations();
        using var host = builder.Build();
        var path = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.Path;
        if (!File.Exists(path))
        {
            // Reading must never create: an empty new store would look like a market with no data.
            throw new StoreOpenException($"没有找到数据库文件 {Path.GetFullPath(path)}（Storage:Path；用 dotnet run --project src/Server -- stats 时相对路径以 src/Server 为准）");
        }

        // Read-only: a running service may hold the file, and a normal open would checkpoint and delete its live log on close.
        Console.WriteLine(JsonSerializer.Serialize(MarketDb.ReadOnly(path, StoreStats.Read)));
        return Task.FromResult(0);
    }
}
