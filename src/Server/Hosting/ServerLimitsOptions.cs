using System.ComponentModel.DataAnnotations;

namespace ZeroWork.Server.Hosting;

/// <summary><c>Server:Limits</c>: Kestrel's connection limits. Without them idle connections pile up until the process runs out of file descriptors (a probe held ~19,800).</summary>
public sealed class ServerLimitsOptions
{
    public const string Section = "Server:Limits";

    /// <summary>Open connections at once; more are closed as they arrive. Keep it below the process's file-descriptor limit (<c>ulimit -n</c>) less what the store and outbound calls need.</summary>
    [Range(1, 1_000_000)]
    public int MaxConcurrentConnections { get; set; } = 2_000;

    /// <summary>An idle keep-alive connection is closed after this long (Kestrel's own default is 130 s).</summary>
    [Range(1, 600)]
    public int KeepAliveTimeoutSeconds { get; set; } = 30;

    /// <summary>A client has this long to send its request headers (slowloris).</summary>
    [Range(1, 120)]
    public int RequestHeadersTimeoutSeconds { get; set; } = 10;
}
