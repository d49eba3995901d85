using SecurityDilemma.Experiments.Calibration;
using SecurityDilemma.Experiments.Tests.Support;

namespace SecurityDilemma.Experiments.Tests.Calibration;

/// <summary>A calibration is the same at any thread count, and a rerun on its database replays every simulation to the same result.</summary>
public class DeterminismTests
{
    [Theory]
    [InlineData("smm")]
    [InlineData("abc")]
    public void OneAndTwoThreads_AndAReplayFromTheDatabase_GiveBitIdenticalFits(string method)
    {
        var (problem, _) = RecoveryProblems.Posture();
        var settings = new CalibrationSettings { Method = method, Budget = method == "abc" ? 300 : 200, Replications = 2, Population = 20, Seed = 3, Threads = 1 };
        var one = Calibrator.Run(problem, settings, store: null);
        var dir = Repo.TempDir();
        var db = Path.Combine(dir, "c.duckdb");
        CalibrationResult two;
        using (var store = SimulationStore.Create(db, "f", "s", 2, 3))
        {
            two = Calibrator.Run(problem, settings with { Threads = 2 }, store);
        }

        CalibrationResult replay;
        using (var store = SimulationStore.Resume(db, "f", 2, 3))
        {
            replay = Calibrator.Run(problem, settings with { Threads = 2 }, store);
        }

        foreach (var other in new[] { two, replay })
        {
            Assert.Equal(one.Estimates.Select(BitConverter.DoubleToInt64Bits), other.Estimates.Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(one.Parameters.Select(p => BitConverter.DoubleToInt64Bits(p.StandardError)), other.Parameters.Select(p => BitConverter.DoubleToInt64Bits(p.StandardError)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(one.Statistic), BitConverter.DoubleToInt64Bits(other.Statistic));
            Assert.Equal(one.Simulations, other.Simulations);
        }

        Assert.Equal(replay.Simulations, replay.Replayed);
        Assert.Throws<InputException>(() => SimulationStore.Resume(db, "another fingerprint", 2, 3));
    }
}
