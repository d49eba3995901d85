using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Tests.Scenarios;

public class ScenarioLoaderTests
{
    private const string Full = """
        name: full
        years: 42
        seed: 18446744073709551615
        hierarchy: true
        observation_noise: 0.25
        technology:
          offense_defense_balance: 1.5
          distinguishability: 0.8
        technology_changes:
          - year: 10
            offense_defense_balance: 3
          - year: 20
            distinguishability: 0.1
        states:
          - name: Athens
            motive: greedy
            resources: 120
            offense: 7
            defense: 3
            prior_trust: 0.4
            worst_case_bias: 0.2
            routine_attachment: 0.3
            perceived_offense_defense_balance: 0.6
            alliance_propensity: 0.9
            policy: firmness
          - name: Sparta
            motive: power_maximizer
            policy: conciliation
          - name: Corinth
        borders:
          - between: [Athens, Sparta]
            defensibility: 1.5
          - between: [Sparta, Corinth]
        alliances:
          - members: [Sparta, Corinth]
            commitment: 0.7
        guarantees:
          - guarantor: Sparta
            protege: Corinth
            commitment: 0.25
        """;

    [Fact]
    public void EveryField_IsReadIntoTheRecords()
    {
        var s = ScenarioDocument.Parse(Full, "full.yaml").Build();

        Assert.Equal("full", s.Name);
        Assert.Equal(42, s.Years);
        Assert.Equal(ulong.MaxValue, s.Seed);
        Assert.True(s.Hierarchy);
        Assert.Equal(0.25, s.ObservationNoise);
        Assert.Equal(1.5, s.Technology.OffenseDefenseBalance);
        Assert.Equal(0.8, s.Technology.Distinguishability);
        Assert.Equal(2, s.TechnologyChanges.Count);
        Assert.Equal(new TechnologyChange { Year = 10, OffenseDefenseBalance = 3 }, s.TechnologyChanges[0]);
        Assert.Equal(new TechnologyChange { Year = 20, Distinguishability = 0.1 }, s.TechnologyChanges[1]);

        var athens = s.States[0];
        Assert.Equal(
            new StateSpec
            {
                Name = "Athens",
                Motive = Motive.Greedy,
                Resources = 120,
                Offense = 7,
                Defense = 3,
                PriorTrust = 0.4,
                WorstCaseBias = 0.2,
                RoutineAttachment = 0.3,
                PerceivedOffenseDefenseBalance = 0.6,
                AlliancePropensity = 0.9,
                Policy = Policy.Firmness,
            },
            athens);
        Assert.Equal(Motive.PowerMaximizer, s.States[1].Motive);
        Assert.Equal(Policy.Conciliation, s.States[1].Policy);
        Assert.Equal(new BorderSpec { A = "Athens", B = "Sparta", Defensibility = 1.5 }, s.Borders[0]);
        Assert.Equal(1.0, s.Borders[1].Defensibility);
        Assert.Equal(["Sparta", "Corinth"], s.Alliances[0].Members);
        Assert.Equal(0.7, s.Alliances[0].Commitment);
        Assert.Equal(new GuaranteeSpec { Guarantor = "Sparta", Protege = "Corinth", Commitment = 0.25 }, s.Guarantees[0]);
    }

    [Fact]
    public void OmittedFields_TakeTheDocumentedDefaults()
    {
        var s = ScenarioDocument.Parse("name: d\nstates:\n  - name: A\n  - name: B\n", "d.yaml").Build();

        // The defaults of docs/scenario-format.md, which are the record defaults.
        Assert.Equal(100, s.Years);
        Assert.Equal(1UL, s.Seed);
        Assert.False(s.Hierarchy);
        Assert.Equal(0.1, s.ObservationNoise);
        Assert.Equal(new Technology(), s.Technology);
        Assert.Equal(new StateSpec { Name = "A" }, s.States[0]);
        Assert.Empty(s.Borders);
        Assert.Empty(s.Alliances);
        Assert.Empty(s.Guarantees);
        Assert.Empty(s.TechnologyChanges);
    }

    [Fact]
    public void NullPerceivedBalance_MeansTheActualOne()
    {
        var s = ScenarioDocument.Parse("name: d\nstates:\n  - name: A\n    perceived_offense_defense_balance: ~\n  - name: B\n", "d.yaml").Build();
        Assert.Null(s.States[0].PerceivedOffenseDefenseBalance);
    }

    [Fact]
    public void AnchorsAndAliases_AreResolved()
    {
        var yaml = "name: a\nstates:\n  - name: A\n    offense: &nine 9\n  - name: B\n    offense: *nine\n";
        var s = ScenarioDocument.Parse(yaml, "a.yaml").Build();
        Assert.Equal(9, s.States[1].Offense);
    }

    [Theory]
    [MemberData(nameof(RepoFiles.ShippedScenarios), MemberType = typeof(RepoFiles))]
    public void ShippedScenario_Loads(string file)
    {
        var s = ScenarioDocument.Load(RepoFiles.Path($"scenarios/{file}")).Build();

        Assert.Equal(Path.GetFileNameWithoutExtension(file), s.Name);
        Assert.True(s.States.Count >= 2);
        Assert.StartsWith($"# {file}:", File.ReadAllText(RepoFiles.Path($"scenarios/{file}")), StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedScenarios_HaveTheStructureTheirHeadersPromise()
    {
        Scenario Load(string f) => ScenarioDocument.Load(RepoFiles.Path($"scenarios/{f}.yaml")).Build();

        var spiral = Load("spiral");
        Assert.All(spiral.States, s => Assert.Equal(Motive.SecuritySeeker, s.Motive));
        Assert.True(spiral.Technology.OffenseDefenseBalance < 1 && spiral.Technology.Distinguishability < 0.5);

        var (dd, dc, aw, ds) = (Load("jervis-doubly-dangerous"), Load("jervis-dilemma-compatible"), Load("jervis-aggression-warning"), Load("jervis-doubly-stable"));
        Assert.True(dd.Technology.OffenseDefenseBalance < 1 && dd.Technology.Distinguishability < 0.5);
        Assert.True(dc.Technology.OffenseDefenseBalance > 1 && dc.Technology.Distinguishability < 0.5);
        Assert.True(aw.Technology.OffenseDefenseBalance < 1 && aw.Technology.Distinguishability > 0.5);
        Assert.True(ds.Technology.OffenseDefenseBalance > 1 && ds.Technology.Distinguishability > 0.5);
        Assert.Equal(dd.States, ds.States);

        Assert.Equal(5, Load("multipolar").States.Count);
        Assert.NotEmpty(Load("multipolar").Borders);
        Assert.True(Load("hierarchy").Hierarchy);
        Assert.NotEmpty(Load("routine").TechnologyChanges);
        Assert.All(Load("routine").States, s => Assert.True(s.RoutineAttachment > 0));
        Assert.All(Load("cultures-of-anarchy").States, s => Assert.True(s.WorstCaseBias > 0.5 && s.PriorTrust < 0.5));

        var july = Load("july-1914");
        Assert.True(july.States.Count >= 6 && july.Alliances.Count >= 2 && july.Guarantees.Count >= 1);
        Assert.All(july.States, s => Assert.True(s.PerceivedOffenseDefenseBalance < 1));
        Assert.True(july.Technology.OffenseDefenseBalance > 1);

        var thirties = Load("thirties");
        Assert.Single(thirties.States, s => s.Motive == Motive.Greedy);
        Assert.Equal(4, thirties.States.Count(s => s.Motive == Motive.SecuritySeeker));
        Assert.All(thirties.States.Where(s => s.Motive == Motive.SecuritySeeker), s => Assert.True(s.PerceivedOffenseDefenseBalance > 1));
        Assert.True(Load("bipolar").Guarantees.Count >= 2);
    }
}
