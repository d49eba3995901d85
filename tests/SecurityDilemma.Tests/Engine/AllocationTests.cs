using SecurityDilemma.Engine;
using SecurityDilemma.Runs.Families;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Tests.Engine;

/// <summary>The yearly step allocates nothing without a recorder (the performance requirement, checked on every test run).</summary>
public class AllocationTests
{
    [Theory]
    [InlineData(0.5, 0.1, false, Dynamics.Classic)]
    [InlineData(2.0, 0.9, false, Dynamics.Classic)]
    [InlineData(0.7, 0.3, true, Dynamics.Classic)]
    [InlineData(0.5, 0.1, false, Dynamics.Graded)]
    [InlineData(2.0, 0.9, false, Dynamics.Graded)]
    [InlineData(0.7, 0.3, true, Dynamics.Graded)]
    public void YearlyStepAllocatesNothingAfterWarmUp(double balance, double d, bool hierarchy, Dynamics dynamics)
    {
        var scenario = WorldFamilies.Generate(1, new WorldFamily { States = 30, Dynamics = dynamics }, balance, d,
            i => i % 5 == 0 ? Motive.Greedy : i % 7 == 0 ? Motive.PowerMaximizer : Motive.SecuritySeeker, hierarchy: hierarchy) with
        {
            TechnologyChanges = [new TechnologyChange { Year = 150, Distinguishability = 0.5 }],
        };
        var world = new World(scenario, 9, EngineConstants.Default);
        var year = 1;
        for (; year <= 60; year++)
        {
            world.Step(year, null);
        }

        // Wars are logged in a pooled array that doubles when full; give it room so only the step itself is measured.
        world.ReserveWars(world.Wars.Length + (30 * 140));
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (; year <= 200; year++)
        {
            world.Step(year, null);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated == 0, $"{allocated} bytes in 140 steps ({world.Wars.Length} wars logged)");
    }
}
