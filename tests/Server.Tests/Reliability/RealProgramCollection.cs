namespace ZeroWork.Server.Tests.Reliability;

/// <summary>Tests that start the real program, kill it and time its answers. They run on their own, after the others: beside a
/// full parallel run on two cores their timing windows (a kill mid-burst, a probe while sockets are held) stop meaning what they test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealProgramCollection
{
    public const string Name = "real program";
}
