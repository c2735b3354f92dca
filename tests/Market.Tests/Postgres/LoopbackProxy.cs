using System.Net;
using System.Net.Sockets;

namespace ZeroWork.Market.Tests.Postgres;

/// <summary>A TCP forwarder in front of the test cluster whose link can be cut and restored, to play a server that goes away.</summary>
internal sealed class LoopbackProxy : IDisposable
{
    private readonly int target;
    private readonly List<TcpClient> open = [];
    private readonly Lock gate = new();
    private TcpListener? listener;
    private CancellationTokenSource? running;

    public LoopbackProxy(int target)
    {
        this.target = target;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Restore();
    }

    public int Port { get; }

    public void Restore()
    {
        running = new CancellationTokenSource();
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _ = AcceptAsync(listener, running.Token);
    }

    /// <summary>Refuses new connections and drops the open ones.</summary>
    public void Cut()
    {
        running?.Cancel();
        listener?.Stop();
        lock (gate)
        {
            foreach (var client in open)
            {
                client.Dispose();
            }

            open.Clear();
        }
    }

    public void Dispose()
    {
        Cut();
        running?.Dispose();
    }

    private async Task AcceptAsync(TcpListener accepting, CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await accepting.AcceptTcpClientAsync(token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var outbound = new TcpClient();
            await outbound.ConnectAsync(IPAddress.Loopback, target, token);
            lock (gate)
            {
                open.Add(inbound);
                open.Add(outbound);
            }

            _ = PumpAsync(inbound, outbound);
            _ = PumpAsync(outbound, inbound);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // The link was cut.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
