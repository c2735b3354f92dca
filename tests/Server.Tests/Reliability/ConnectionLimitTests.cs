using System.Net;
using System.Net.Sockets;

namespace ZeroWork.Server.Tests.Reliability;

/// <summary>Kestrel's connection limit on the real program: idle connections beyond <c>Server:Limits:MaxConcurrentConnections</c> are closed at once instead of piling up until file descriptors run out, and the service answers again as soon as they go.</summary>
[Collection(RealProgramCollection.Name)]
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
            // Connections the server still counts from before (the readiness probe's, some accepted only after the client gave
            // up on them) make it refuse some of the idle ones, and when those old ones go a slot is free. So before each probe,
            // replace every idle socket the server closed: the limit is then really full of connections this test holds.
            var refused = false;
            for (var attempt = 0; attempt < 25 && !refused; attempt++)
            {
                await HoldAsync(idle, Limit, service.BaseAddress.Port);
                refused = await IsRefusedAsync(service.BaseAddress.Port);
                if (!refused)
                {
                    await Task.Delay(200);
                }
            }

            Assert.True(refused, "a connection beyond the limit was served; the service said: " + string.Join(" | ", service.Output));
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

    /// <summary>One request on a raw socket: refused when the server closes it without an answer. (HttpClient would retry a
    /// request whose connection closed before any response, on a connection of its own choosing.)</summary>
    private static async Task<bool> IsRefusedAsync(int port)
    {
        using var probe = new TcpClient();
        try
        {
            await probe.ConnectAsync(IPAddress.Loopback, port);
            var stream = probe.GetStream();
            await stream.WriteAsync("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"u8.ToArray());
            var buffer = new byte[64];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            return await stream.ReadAsync(buffer, timeout.Token) == 0;
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            return true;
        }
    }

    /// <summary>Drops idle sockets the server has closed and opens new ones until <paramref name="count"/> are held open.</summary>
    private static async Task HoldAsync(List<TcpClient> idle, int count, int port)
    {
        foreach (var closed in idle.Where(c => c.Client.Poll(0, SelectMode.SelectRead) && c.Client.Available == 0).ToList())
        {
            closed.Dispose();
            idle.Remove(closed);
        }

        while (idle.Count < count)
        {
            var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            idle.Add(client);
        }

        // Let the server accept them (and refuse any beyond its limit) before the caller probes.
        await Task.Delay(100);
    }
}
