using System.Runtime.InteropServices;
using SecurityDilemma.Engine;
using SecurityDilemma.Runs.Families;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Scenarios;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Engine;

/// <summary>
/// The two row passes that run four dyads at a time (observation and trust update, threat assessment) have a scalar
/// reference beside them. A world run with the scalar references must follow the vector run bit for bit, year after year:
/// every belief, threat, requirement, crisis flag, decision, force level and war.
/// </summary>
public class ScalarReferenceTests(ITestOutputHelper output)
{
    public static TheoryData<string, Dynamics, double, double, bool> Worlds => new()
    {
        { "mixed motives, offense dominant", Dynamics.Graded, 0.5, 0.2, false },
        { "mixed motives, defense dominant", Dynamics.Graded, 2.0, 0.8, false },
        { "mixed motives, hierarchy", Dynamics.Graded, 0.7, 0.3, true },
        { "mixed motives, classic", Dynamics.Classic, 0.5, 0.2, false },
        { "mixed motives, classic hierarchy", Dynamics.Classic, 0.7, 0.5, true },
    };

    [Theory]
    [MemberData(nameof(Worlds))]
    public void GeneratedWorld_ScalarRunEqualsVectorRun(string name, Dynamics dynamics, double balance, double d, bool hierarchy)
    {
        // 31 states: rows of 30 dyads, so every row ends in a partial vector.
        var scenario = WorldFamilies.Generate(3, new WorldFamily { States = 31, Years = 80 }, balance, d,
            i => i % 5 == 0 ? Motive.Greedy : i % 7 == 0 ? Motive.PowerMaximizer : Motive.SecuritySeeker,
            worstCase: 0.4, routine: 0.3, hierarchy: hierarchy) with
        { Dynamics = dynamics };
        Compare(name, scenario, seed: 11);
    }

    [Theory]
    [InlineData("multipolar.yaml")]
    [InlineData("spiral.yaml")]
    [InlineData("july-1914.yaml")]
    [InlineData("greedy-vs-seeker.yaml")]
    public void ShippedScenario_ScalarRunEqualsVectorRun(string file)
    {
        var scenario = ScenarioDocument.Load(RepoFiles.Path(Path.Combine("scenarios", file))).Build();
        Compare(file, scenario, seed: 5);
    }

    private void Compare(string name, Scenario scenario, ulong seed)
    {
        var vector = new World(scenario, seed, EngineConstants.Default);
        var scalar = new World(scenario, seed, EngineConstants.Default);
        scalar.AssessmentSystem.ScalarReference = true;
        var crisisYears = 0;
        for (var year = 1; year <= scenario.Years; year++)
        {
            vector.Step(year, null);
            scalar.Step(year, null);
            Same(name, year, "trust", vector.Beliefs.LogOdds, scalar.Beliefs.LogOdds);
            Same(name, year, "dyad threat", vector.Assessments.EdgeThreat, scalar.Assessments.EdgeThreat);
            Same(name, year, "dyad requirement", vector.Assessments.EdgeRequired, scalar.Assessments.EdgeRequired);
            Same(name, year, "threat", vector.Assessments.Threat, scalar.Assessments.Threat);
            Same(name, year, "required defence", vector.Assessments.RequiredDefense, scalar.Assessments.RequiredDefense);
            Same(name, year, "top edge", vector.Assessments.TopEdge, scalar.Assessments.TopEdge);
            Same(name, year, "rival", vector.Assessments.Rival, scalar.Assessments.Rival);
            Same(name, year, "required attack", vector.Assessments.RequiredAttack, scalar.Assessments.RequiredAttack);
            Same(name, year, "crisis flags", vector.Crises.Now, scalar.Crises.Now);
            Same(name, year, "intents", vector.Intents.Edge, scalar.Intents.Edge);
            Same(name, year, "offense", vector.Forces.Offense, scalar.Forces.Offense);
            Same(name, year, "defense", vector.Forces.Defense, scalar.Forces.Defense);
            Same(name, year, "resources", vector.Forces.Resources, scalar.Forces.Resources);
            Assert.Equal(vector.Wars.Length, scalar.Wars.Length);
            crisisYears += vector.Crises.Now.Any(x => x) ? 1 : 0;
        }

        output.WriteLine($"{name}: {scenario.Years} years bit-identical, {vector.Wars.Length} wars, crises open in {crisisYears} years");

        // The comparison covers the rare paths too: crises (strike candidates) in some years.
        Assert.True(crisisYears > 0, $"{name}: no crisis in {scenario.Years} years, the comparison would not reach the strike paths");
    }

    private static void Same<T>(string name, int year, string what, T[] expected, T[] actual)
        where T : unmanaged
    {
        var a = MemoryMarshal.AsBytes(expected.AsSpan());
        var b = MemoryMarshal.AsBytes(actual.AsSpan());
        if (!a.SequenceEqual(b))
        {
            var i = 0;
            while (i < expected.Length && expected[i].Equals(actual[i]))
            {
                i++;
            }

            Assert.Fail($"{name}, year {year}: {what} differs at index {i}: vector {expected[Math.Min(i, expected.Length - 1)]}, scalar {actual[Math.Min(i, actual.Length - 1)]}");
        }
    }
}
