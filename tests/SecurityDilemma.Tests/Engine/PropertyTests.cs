using CsCheck;
using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Tests.Engine;

/// <summary>Properties over thousands of random valid scenarios (CsCheck; a failure prints a seed to replay).</summary>
public class PropertyTests
{
    private static bool Finite(double v) => double.IsFinite(v);

    [Fact]
    public void RunsStayFiniteNonNegativeAndInRange()
    {
        var gen = Gen.Select(ScenarioGen.Scenario, Gen.ULong);
        gen.Sample((scenario, seed) =>
        {
            var series = new SeriesRecorder();
            var result = Simulation.Run(scenario, seed, series);
            var m = result.Metrics;
            Assert.True(Finite(m.MeanMilitaryBurden) && m.MeanMilitaryBurden >= 0 && m.MeanMilitaryBurden <= EngineConstants.Default.MaxBurden + 1e-12);
            Assert.True(Finite(m.FinalMeanTrust) && m.FinalMeanTrust is >= 0 and <= 1);
            Assert.True(Finite(m.SpiralIndex) && m.SpiralIndex is >= -1 and <= 1);
            foreach (var s in series.States)
            {
                Assert.True(Finite(s.Resources) && s.Resources >= 0, $"resources {s.Resources}");
                Assert.True(Finite(s.Offense) && s.Offense >= 0, $"offense {s.Offense}");
                Assert.True(Finite(s.Defense) && s.Defense >= 0, $"defense {s.Defense}");
                Assert.True(Finite(s.MilitaryBurden) && s.MilitaryBurden >= 0);
                Assert.True(Finite(s.BudgetShare) && s.BudgetShare is >= 0 and <= 1);
                Assert.True(Finite(s.Security) && s.Security is >= 0 and <= 1);
                Assert.True(s.MeanTrustHeld is >= 0 and <= 1);
            }

            foreach (var t in series.Trusts)
            {
                Assert.True(t.Trust is >= 0 and <= 1, $"trust {t.Trust}");
            }

            // The metrics describe the wars that happened.
            Assert.Equal(result.Wars.Count > 0, m.WarOccurred);
            Assert.Equal(result.Wars.Count, m.WarCount);
            Assert.Equal(result.Wars.Count > 0 ? result.Wars[0].Start : null, m.FirstWarYear);
            Assert.Equal(result.Wars.Any(w => w.Motives.Values.All(v => v == Motive.SecuritySeeker)), m.TragicWar);
            Assert.Equal(result.Wars.Any(w => w.Preemptive), m.PreemptiveWar);
            foreach (var w in result.Wars)
            {
                Assert.InRange(w.Start, 1, scenario.Years);
                Assert.True(w.End is null || w.End >= w.Start);
            }
        }, iter: 2000);
    }

    [Fact]
    public void SameSeedGivesByteIdenticalOutput()
    {
        Gen.Select(ScenarioGen.Scenario, Gen.ULong).Sample((scenario, seed) =>
        {
            var a = new SeriesRecorder();
            var b = new SeriesRecorder();
            var first = SeriesRecorder.Serialize(Simulation.Run(scenario, seed, a), a);
            var second = SeriesRecorder.Serialize(Simulation.Run(scenario, seed, b), b);
            Assert.Equal(first, second);
        }, iter: 1000);
    }

    [Fact]
    public void OneThreadAndAllCoresGiveIdenticalOutput()
    {
        // A batch of replications (scenario x seed) run sequentially and with Parallel.For must agree byte for byte.
        Gen.Select(ScenarioGen.Scenario, Gen.ULong).Sample((scenario, seed) =>
        {
            const int replications = 16;
            var sequential = new string[replications];
            for (var r = 0; r < replications; r++)
            {
                var s = new SeriesRecorder();
                sequential[r] = SeriesRecorder.Serialize(Simulation.Run(scenario, seed + (ulong)r, s), s);
            }

            var parallel = new string[replications];
            Parallel.For(0, replications, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, r =>
            {
                var s = new SeriesRecorder();
                parallel[r] = SeriesRecorder.Serialize(Simulation.Run(scenario, seed + (ulong)r, s), s);
            });
            Assert.Equal(sequential, parallel);
        }, iter: 100, threads: 1);
    }
}
