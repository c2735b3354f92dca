using System.Net;
using System.Net.Sockets;

namespace ZeroWork.Server.Tests.Reliability;

/// <summary>Kestrel's connection limit on the real program: idle connections beyond <c>Server:Limits:MaxConcurrentConnections</c> are closed at once instead of piling up until file descriptors run out, and the service answers again as soon as they go.</summary>
public sealed class ConnectionLimitTests
{
    [Fact]
    public async Task Connections_beyond_the_limit_are_closed_and_the_service_answers_once_the_idle_ones_go()
    {
        const int Limit = 16;
        var folder = Directory.CreateTempSubdirectory("zw-limits-").FullName;
        using var service = await ServiceProcess.StartAsync(Path.Combine(folder, "zerowork.db"), $"--Server:Limits:MaxConcurrentConnections={Limit}");
        var idle = new List<TcpClient>();
        try
        {
            for (var i = 0; i < Limit; i++)
            {
                var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, service.BaseAddress.Port);
                idle.Add(client);
            }

            // Kestrel counts the idle ones once it has accepted them, which on a loaded machine takes a while: ask until refused.
            var refused = false;
            for (var attempt = 0; attempt < 25 && !refused; attempt++)
            {
                using var probe = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero }) { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
                try
                {
                    using var _ = await probe.GetAsync("/healthz");
                    await Task.Delay(200);
                }
                catch (HttpRequestException)
                {
                    refused = true;
                }
            }

            Assert.True(refused, "a connection beyond the limit was served");
        }
        finally
        {
            idle.ForEach(c => c.Dispose());
        }

        using var client2 = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        HttpStatusCode? status = null;
        for (var i = 0; i < 50 && status != HttpStatusCode.OK; i++)
        {
            try
            {
                status = (await client2.GetAsync("/healthz")).StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Directory.Delete(folder, recursive: true);
    }
}
