namespace ZeroWork.Market.Storage;

/// <summary>A write could not be made durable (disk full, I/O error); nothing of the failed unit is stored and the store reopens itself before the next write. Hooks answer 503 so the sender retries.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
