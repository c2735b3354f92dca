namespace ZeroWork.Server.Cli;

/// <summary>One <c>zerowork</c> sub-command. Implementations in this assembly are found by reflection, so adding a command touches no shared file.</summary>
public interface ICliCommand
{
    /// <summary>The words that select the command, e.g. "stats" or "bench match".</summary>
    string Name { get; }

    string Summary { get; }

    Task<int> RunAsync(string[] args, CancellationToken cancellationToken);
}
