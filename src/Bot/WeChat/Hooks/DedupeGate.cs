namespace ZeroWork.Bot.WeChat.Hooks;

/// <summary>Serialises the handling of equal dedupe keys. WeChat can deliver a retry while the first copy is still being handled; without this both copies read "not seen" and the second insert breaks the unique index (a 500). Striped locks keep it bounded; the store is one file per process, so an in-process lock covers every writer.</summary>
public sealed class DedupeGate
{
    private readonly Lock[] stripes = [.. Enumerable.Range(0, 64).Select(_ => new Lock())];

    public T Run<T>(string key, Func<T> work)
    {
        var stripe = stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)stripes.Length)];
        lock (stripe)
        {
            return work();
        }
    }
}
