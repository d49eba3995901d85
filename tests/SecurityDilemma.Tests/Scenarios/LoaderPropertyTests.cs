using System.Globalization;
using System.Text;
using CsCheck;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Tests.Scenarios;

/// <summary>Properties of the loader over generated input (CsCheck): round trips and no crash on any text.</summary>
public class LoaderPropertyTests
{
    private static readonly string[] Motives = ["security_seeker", "greedy", "power_maximizer"];
    private static readonly string[] Policies = ["utility", "conciliation", "firmness"];

    private static readonly Gen<StateSpec> GenState =
        Gen.Select(Gen.Int[0, 2], Gen.Double[0, 1000], Gen.Double[0, 100], Gen.Double[0, 100], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Double[0.01, 10])
            .Select(Gen.Int[0, 2], Gen.Bool, (t, policy, perceived) => new StateSpec
            {
                Name = "placeholder",
                Motive = (Motive)t.Item1,
                Resources = t.Item2,
                Offense = t.Item3,
                Defense = t.Item4,
                PriorTrust = t.Item5,
                WorstCaseBias = t.Item6,
                RoutineAttachment = t.Item7,
                PerceivedOffenseDefenseBalance = perceived ? t.Item8 : null,
                Policy = (Policy)policy,
            });

    private static readonly Gen<Scenario> GenScenario =
        Gen.Select(GenState.Array[2, 8], Gen.Int[1, 500], Gen.ULong, Gen.Bool, Gen.Double[0.01, 20], Gen.Double[0, 1], Gen.Double[0, 1])
            .Select(t =>
            {
                var states = t.Item1.Select((s, i) => s with { Name = $"S{i}" }).ToArray();
                return new Scenario
                {
                    Name = "generated",
                    Years = t.Item2,
                    Seed = t.Item3,
                    Hierarchy = t.Item4,
                    Technology = new Technology { OffenseDefenseBalance = t.Item5, Distinguishability = t.Item6 },
                    ObservationNoise = t.Item7,
                    States = states,
                    Borders = [.. states.Skip(1).Select((s, i) => new BorderSpec { A = states[i].Name, B = s.Name, Defensibility = 0.5 + i })],
                    Alliances = [new AllianceSpec { Members = [states[0].Name, states[1].Name], Commitment = t.Item7 }],
                    Guarantees = [new GuaranteeSpec { Guarantor = states[1].Name, Protege = states[0].Name, Commitment = t.Item6 }],
                };
            });

    private static string R(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private static string ToYaml(Scenario s)
    {
        var b = new StringBuilder();
        b.Append($"name: {s.Name}\nyears: {s.Years}\nseed: {s.Seed}\nhierarchy: {(s.Hierarchy ? "true" : "false")}\nobservation_noise: {R(s.ObservationNoise)}\n");
        b.Append($"technology:\n  offense_defense_balance: {R(s.Technology.OffenseDefenseBalance)}\n  distinguishability: {R(s.Technology.Distinguishability)}\nstates:\n");
        foreach (var st in s.States)
        {
            b.Append($"  - name: {st.Name}\n    motive: {Motives[(int)st.Motive]}\n    resources: {R(st.Resources)}\n    offense: {R(st.Offense)}\n    defense: {R(st.Defense)}\n");
            b.Append($"    prior_trust: {R(st.PriorTrust)}\n    worst_case_bias: {R(st.WorstCaseBias)}\n    routine_attachment: {R(st.RoutineAttachment)}\n    policy: {Policies[(int)st.Policy]}\n");
            if (st.PerceivedOffenseDefenseBalance is { } p)
            {
                b.Append($"    perceived_offense_defense_balance: {R(p)}\n");
            }
        }

        b.Append("borders:\n");
        foreach (var x in s.Borders)
        {
            b.Append($"  - between: [{x.A}, {x.B}]\n    defensibility: {R(x.Defensibility)}\n");
        }

        b.Append($"alliances:\n  - members: [{string.Join(", ", s.Alliances[0].Members)}]\n    commitment: {R(s.Alliances[0].Commitment)}\n");
        b.Append($"guarantees:\n  - guarantor: {s.Guarantees[0].Guarantor}\n    protege: {s.Guarantees[0].Protege}\n    commitment: {R(s.Guarantees[0].Commitment)}\n");
        return b.ToString();
    }

    [Fact]
    public void ValidScenarios_RoundTripThroughYaml()
    {
        GenScenario.Sample(s =>
        {
            var loaded = ScenarioDocument.Parse(ToYaml(s), "gen.yaml").Build();
            return loaded.Name == s.Name && loaded.Years == s.Years && loaded.Seed == s.Seed && loaded.Hierarchy == s.Hierarchy
                && loaded.ObservationNoise == s.ObservationNoise && loaded.Technology == s.Technology
                && loaded.States.SequenceEqual(s.States) && loaded.Borders.SequenceEqual(s.Borders)
                && loaded.Alliances[0].Members.SequenceEqual(s.Alliances[0].Members) && loaded.Alliances[0].Commitment == s.Alliances[0].Commitment
                && loaded.Guarantees.SequenceEqual(s.Guarantees);
        }, iter: 500);
    }

    [Fact]
    public void AnyText_EitherLoadsOrGivesAScenarioException()
    {
        Gen.String.Sample(text => Outcome(text), iter: 3000);
    }

    [Fact]
    public void MutatedScenarios_EitherLoadOrGiveAScenarioExceptionWithAPosition()
    {
        var source = File.ReadAllText(RepoFiles.Path("scenarios/july-1914.yaml"));
        Gen.Select(Gen.Int[0, source.Length - 1], Gen.Int[1, 5], Gen.Char["\t :-[]{}#\"'&*!|>%@`,.0123456789abcxyz\n"])
            .Sample((at, length, c) =>
            {
                var mutated = source[..at] + new string(c, 1) + source[Math.Min(source.Length, at + length)..];
                return Outcome(mutated) is null or { Line: not null } or { Source: "gen.yaml", Line: null, Field.Length: > 0 };
            }, iter: 3000);
    }

    /// <summary>Null when the text loads; the exception when it is rejected; anything else fails the property.</summary>
    private static ScenarioException? Outcome(string text)
    {
        try
        {
            _ = ScenarioDocument.Parse(text, "gen.yaml").Build();
            return null;
        }
        catch (ScenarioException e)
        {
            Assert.DoesNotContain('\n', e.Message);
            return e;
        }
    }
}
