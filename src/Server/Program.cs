using ZeroWork.Server.Cli;

return await CommandLine.RunAsync(args);

/// <summary>The entry point's type, for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
