using System.Text.Json;
using Npgsql;
using ZeroWork.Market.Events;

namespace ZeroWork.Market.Postgres;

/// <summary>
/// Carries a unit's events to the other nodes on the database: the unit sends them with <c>pg_notify</c> inside its own
/// transaction (PostgreSQL delivers a notification only if that commits), and every node keeps one connection
/// LISTENing that raises what others sent on its own <see cref="MarketEvents"/> with <c>FromOtherNode = true</c>. A node
/// skips its own notifications: it already published them after its commit.
/// </summary>
internal sealed class EventRelay(NpgsqlDataSource source, MarketEvents events, string node) : IDisposable
{
    public const string Channel = "zerowork_events";

    /// <summary>PostgreSQL caps a payload at 8000 bytes; events are a few dozen bytes each.</summary>
    private const int EventsPerPayload = 40;

    private static readonly Dictionary<string, Type> EventTypes = typeof(MarketEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(MarketEvent)) && !t.IsAbstract)
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    private readonly CancellationTokenSource stopping = new();
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? loop;

    /// <summary>Notifications received from other nodes and raised here, for tests and logs.</summary>
    public long Received => Interlocked.Read(ref received);

    private long received;

    public static IEnumerable<string> Payloads(string node, IReadOnlyList<MarketEvent> raised) =>
        raised.Chunk(EventsPerPayload).Select(chunk => JsonSerializer.Serialize(
            new Envelope(node, [.. chunk.Select(e => new Carried(e.GetType().Name, JsonSerializer.SerializeToElement(e, e.GetType(), PgJson.Options)))]),
            PgJson.Options));

    /// <summary>Starts listening; waits (up to <paramref name="wait"/>) until LISTEN is in place, so events committed after this returns reach this node.</summary>
    public void Start(TimeSpan wait)
    {
        loop = Task.Run(ListenAsync);
        listening.Task.Wait(wait);
    }

    public void Dispose()
    {
        stopping.Cancel();
        try
        {
            loop?.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Stopping: whatever the loop was doing no longer matters.
        }

        stopping.Dispose();
    }

    private async Task ListenAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = await source.OpenConnectionAsync(stopping.Token);
                connection.Notification += (_, n) => OnNotification(n.Payload);
                await using (var command = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await command.ExecuteNonQueryAsync(stopping.Token);
                }

                // LISTEN is in place again before caches reload, so nothing committed from here on is missed.
                if (!listening.TrySetResult())
                {
                    PublishFromOtherNode(new ChangesMissed());
                }

                while (true)
                {
                    await connection.WaitAsync(stopping.Token);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException)
            {
                // The server went away: listen again once it is back. Notifications sent meanwhile are lost, so the
                // reconnect raises ChangesMissed and caches reload from the store.
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stopping.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Raises <paramref name="e"/> here as another node's: a subscriber's failure must not stop this node from hearing the next notification.</summary>
    private void PublishFromOtherNode(MarketEvent e)
    {
        try
        {
            events.Publish(e with { FromOtherNode = true });
        }
        catch (Exception)
        {
            // Logged by the subscriber, if at all; the listener goes on.
        }
    }

    private void OnNotification(string payload)
    {
        Envelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<Envelope>(payload, PgJson.Options);
        }
        catch (JsonException)
        {
            return;
        }

        if (envelope is null || envelope.Node == node)
        {
            return;
        }

        foreach (var carried in envelope.Events)
        {
            if (EventTypes.TryGetValue(carried.Type, out var type) && carried.Data.Deserialize(type, PgJson.Options) is MarketEvent e)
            {
                Interlocked.Increment(ref received);
                PublishFromOtherNode(e);
            }
        }
    }

    private sealed record Envelope(string Node, IReadOnlyList<Carried> Events);

    private sealed record Carried(string Type, JsonElement Data);
}
