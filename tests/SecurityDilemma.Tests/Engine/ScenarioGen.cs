using CsCheck;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Tests.Engine;

/// <summary>CsCheck generators of small valid scenarios (2-6 states, 5-30 years) over the whole vocabulary the engine reads.</summary>
public static class ScenarioGen
{
    private static readonly Gen<StateSpec> State =
        from motive in Gen.Enum<Motive>()
        from resources in Gen.Double[1, 500]
        from offense in Gen.OneOf(Gen.Const(0.0), Gen.Double[0, 60])
        from defense in Gen.OneOf(Gen.Const(0.0), Gen.Double[0, 60])
        from prior in Gen.OneOf(Gen.Const(0.0), Gen.Const(1.0), Gen.Double.Unit)
        from worst in Gen.Double.Unit
        from routine in Gen.OneOf(Gen.Const(0.0), Gen.Const(1.0), Gen.Double.Unit)
        from perceived in Gen.Nullable(Gen.Double[0.1, 5], 0.5)
        select new StateSpec
        {
            Name = "x",
            Motive = motive,
            Resources = resources,
            Offense = offense,
            Defense = defense,
            PriorTrust = prior,
            WorstCaseBias = worst,
            RoutineAttachment = routine,
            PerceivedOffenseDefenseBalance = perceived,
        };

    private static readonly Gen<TechnologyChange> Change =
        from year in Gen.Int[1, 30]
        from balance in Gen.Nullable(Gen.Double[0.1, 5], 0.3)
        from d in Gen.Nullable(Gen.Double.Unit, 0.3)
        select new TechnologyChange { Year = year, OffenseDefenseBalance = balance, Distinguishability = d };

    /// <summary>A valid scenario: states named S0..Sn-1, optional random borders and technology changes.</summary>
    public static readonly Gen<Scenario> Scenario =
        from states in State.Array[2, 6]
        from years in Gen.Int[5, 30]
        from balance in Gen.Double[0.1, 5]
        from d in Gen.Double.Unit
        from noise in Gen.OneOf(Gen.Const(0.0), Gen.Double[0, 0.5])
        from hierarchy in Gen.Bool
        from changes in Change.Array[0, 2]
        from borderBits in Gen.Int[0, int.MaxValue]
        from defensibility in Gen.Double[0.3, 3]
        select Build(states, years, balance, d, noise, hierarchy, changes, borderBits, defensibility);

    private static Scenario Build(StateSpec[] states, int years, double balance, double d, double noise, bool hierarchy,
        TechnologyChange[] changes, int borderBits, double defensibility)
    {
        var named = states.Select((s, i) => s with { Name = $"S{i}" }).ToArray();
        var borders = new List<BorderSpec>();
        if ((borderBits & 1) == 1)
        {
            // A random subset of pairs (bit per pair); may leave some states isolated, which the engine must handle.
            var bit = 1;
            for (var i = 0; i < named.Length; i++)
            {
                for (var j = i + 1; j < named.Length; j++)
                {
                    if ((borderBits >> (bit++ % 31) & 1) == 1)
                    {
                        borders.Add(new BorderSpec { A = named[i].Name, B = named[j].Name, Defensibility = defensibility * (1 + (0.1 * i)) });
                    }
                }
            }
        }

        return new Scenario
        {
            Name = "generated",
            Years = years,
            Hierarchy = hierarchy,
            ObservationNoise = noise,
            Technology = new Technology { OffenseDefenseBalance = balance, Distinguishability = d },
            TechnologyChanges = changes,
            States = named,
            Borders = borders,
        };
    }
}
