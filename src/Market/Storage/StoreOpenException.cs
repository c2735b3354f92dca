namespace ZeroWork.Market.Storage;

/// <summary>The store could not be opened: corrupt, locked by another process, or written by a newer release. The message is one line for an operator.</summary>
public sealed class StoreOpenException(string message, Exception? inner = null) : Exception(message, inner);
