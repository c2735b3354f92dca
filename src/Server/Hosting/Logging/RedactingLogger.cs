namespace ZeroWork.Server.Hosting.Logging;

/// <summary>Formats each enabled entry once; an entry with nothing to hide goes on unchanged (its structured state intact), one with a secret goes on as its redacted text and redacted values.</summary>
internal sealed class RedactingLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var message = formatter(state, exception);
        var redacted = LogRedaction.Redact(message);
        if (ReferenceEquals(redacted, message) || redacted == message)
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
            return;
        }

        inner.Log(logLevel, eventId, new RedactedState(redacted, state as IReadOnlyList<KeyValuePair<string, object?>>), exception, static (s, _) => s.Message);
    }
}
