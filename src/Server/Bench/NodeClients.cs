namespace ZeroWork.Server.Bench;

/// <summary>Disposes the load bench's one client per node together.</summary>
public sealed class NodeClients(IReadOnlyList<HttpClient> clients) : IDisposable
{
    public void Dispose()
    {
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }
}
