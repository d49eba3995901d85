using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Bench.Engine;

/// <summary>
/// Console mode (<c>dotnet run -c Release -- engine-fingerprint [scenarios-dir]</c>, default ../../scenarios): a hash of everything the engine
/// produces (every recorded series row, trust value and event, and the run result) for every shipped scenario and the
/// generated benchmark worlds, seeds 1 and 7. An optimization of the engine that claims to keep results bit-identical
/// must leave every line of this output unchanged (docs/performance.md).
/// </summary>
public static class EngineFingerprint
{
    public static void Run(string[] args)
    {
        // Default: the shipped scenarios, seen from bench/SecurityDilemma.Bench where `dotnet run` is started.
        var directory = args.Length > 1 ? args[1] : Path.Combine("..", "..", "scenarios");
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"error: scenario directory '{Path.GetFullPath(directory)}' not found; pass it: engine-fingerprint DIR");
            Environment.Exit(2);
        }

        var worlds = new List<(string Name, Scenario Scenario)>();
        foreach (var file in Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            worlds.Add((Path.GetFileName(file), ScenarioDocument.Load(file).Build()));
        }

        worlds.Add(("complete-200", GeneratedWorlds.Complete(200, mixed: false, years: 60)));
        worlds.Add(("complete-200-mixed", GeneratedWorlds.Complete(200, mixed: true, years: 60)));
        worlds.Add(("grid-20x30", GeneratedWorlds.Grid(20, 30, years: 60)));

        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, scenario) in worlds)
        {
            foreach (var seed in new ulong[] { 1, 7 })
            {
                var recorder = new HashingRecorder();
                var result = Simulation.Run(scenario, seed, recorder);
                recorder.Add(JsonSerializer.SerializeToUtf8Bytes(new { result.Metrics, result.Wars, result.Alliances, result.Crises }));
                var hash = recorder.Hash();
                all.AppendData(System.Text.Encoding.ASCII.GetBytes(hash));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} seed {seed}: {hash} ({result.Wars.Count} wars, {result.Metrics.CrisisCount} crises)"));
            }
        }

        // The benchmark's configuration: the World directly, without a recorder or crisis log.
        foreach (var mixed in new[] { false, true })
        {
            var world = new World(GeneratedWorlds.Complete(200, mixed, years: 60), 1, EngineConstants.Default);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            for (var year = 1; year <= 60; year++)
            {
                world.Step(year, null);
                hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(world.Beliefs.LogOdds.AsSpan()));
                hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(world.Assessments.Threat.AsSpan()));
                hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(world.Forces.Offense.AsSpan()));
                hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(world.Forces.Defense.AsSpan()));
                hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(world.Forces.Resources.AsSpan()));
                hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(world.Crises.Now.AsSpan()));
                hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(world.WarLog.WarOf.AsSpan()));
            }

            var h = Convert.ToHexString(hash.GetHashAndReset())[..16];
            all.AppendData(System.Text.Encoding.ASCII.GetBytes(h));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(mixed ? "world-200-mixed (no log)" : "world-200 (no log)"),-28} seed 1: {h}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all: {Convert.ToHexString(all.GetHashAndReset())[..16]}"));
    }

    private sealed class HashingRecorder : IRunRecorder
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public void Add(ReadOnlySpan<byte> bytes) => _hash.AppendData(bytes);

        public string Hash() => Convert.ToHexString(_hash.GetHashAndReset())[..16];

        public void State(in StateYear row)
        {
            Span<double> values = [row.Year, row.State, row.Resources, row.Offense, row.Defense, row.BudgetShare, row.MilitaryBurden, row.Security, row.MeanTrustHeld, row.AtWar ? 1 : 0];
            _hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values));
        }

        public void Trust(int year, int observer, int target, double trust)
        {
            Span<double> values = [year, observer, target, trust];
            _hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values));
        }

        public void Event(EngineEvent e) =>
            _hash.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{e.Year}|{e.Kind}|{string.Join(',', e.States)}|{e.Detail}\n")));
    }
}
