namespace ZeroWork.Market.Events;

/// <summary>In-process publish/subscribe where Bot, Matcher and Admin meet. Subscribers must return quickly (hand work to their own queue).</summary>
public sealed class MarketEvents
{
    private readonly Lock gate = new();
    private Action<MarketEvent>[] subscribers = [];

    public IDisposable Subscribe(Action<MarketEvent> subscriber)
    {
        lock (gate)
        {
            subscribers = [.. subscribers, subscriber];
        }

        return new Subscription(this, subscriber);
    }

    public void Publish(MarketEvent e)
    {
        foreach (var s in subscribers)
        {
            s(e);
        }
    }

    private void Unsubscribe(Action<MarketEvent> subscriber)
    {
        lock (gate)
        {
            subscribers = [.. subscribers.Where(s => s != subscriber)];
        }
    }

    private sealed class Subscription(MarketEvents owner, Action<MarketEvent> subscriber) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(subscriber);
    }
}
