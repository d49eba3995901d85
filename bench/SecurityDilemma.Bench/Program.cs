using BenchmarkDotNet.Running;
using SecurityDilemma.Bench.Engine;

if (args.Length > 0 && args[0] == "engine-memory")
{
    // A plain timed run for peak memory (docs/performance.md, "World engine"); BenchmarkDotNet handles the rest.
    EngineMemory.Run(args);
    return;
}

if (args.Length > 0 && args[0] == "engine-fingerprint")
{
    EngineFingerprint.Run(args);
    return;
}

if (args.Length > 0 && args[0] == "engine-throughput")
{
    EngineMemory.Throughput(args);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point type for BenchmarkDotNet's switcher.</summary>
public partial class Program;
