using SecurityDilemma.Scenarios.Forces;
using SecurityDilemma.Scenarios.Schema;
using SecurityDilemma.Scenarios.Tree;

namespace SecurityDilemma.Scenarios;

/// <summary>
/// Turns a document tree into a validated <see cref="Scenario"/>: field types and ranges through
/// <see cref="FieldReader"/>, then the cross-field rules (unique state names, references to known
/// states, no guarantee to oneself, no repeated border or alliance member).
/// </summary>
internal static class ScenarioBuilder
{
    public static Scenario Build(Node? root, string source)
    {
        if (root is null)
        {
            throw new ScenarioException(source, null, null, "", "the scenario is empty", "a YAML mapping with at least 'name' and 'states' (see docs/scenario-format.md)");
        }

        var r = FieldReader.Open(root, "", ScenarioSchema.Root);
        var name = r.Text("name");
        var years = r.Integer("years", 100);
        var seed = r.UnsignedInteger("seed", 1);
        var hierarchy = r.Boolean("hierarchy", false);
        var noise = r.Number("observation_noise", 0.1);
        var technology = new Technology();
        if (r.Object("technology") is { } t)
        {
            technology = t.Node("forces") is { } forces
                ? FromForces(t, forces, source)
                : new Technology
                {
                    OffenseDefenseBalance = t.Number("offense_defense_balance", technology.OffenseDefenseBalance),
                    Distinguishability = t.Number("distinguishability", technology.Distinguishability),
                };
        }

        var growthNoise = r.Number("growth_noise", 0);
        var enforcerStrength = r.Number("enforcer_strength", 0.9);
        var dynamics = r.Choice("dynamics", Dynamics.Graded);
        var leaders = new LeaderSettings();
        if (r.Object("leaders") is { } l)
        {
            leaders = new LeaderSettings
            {
                Turnover = l.Number("turnover", 0),
                WorstCaseBiasSpread = l.Number("worst_case_bias_spread", 0),
                EmpathySpread = l.Number("empathy_spread", 0),
                RiskToleranceSpread = l.Number("risk_tolerance_spread", 0),
                PerceivedBalanceSpread = l.Number("perceived_balance_spread", 0),
            };
        }

        var bargaining = new BargainingSettings();
        if (r.Object("bargaining") is { } bg)
        {
            bargaining = new BargainingSettings { CostSpread = bg.Number("cost_spread", bargaining.CostSpread) };
        }

        var changes = Items(r, "technology_changes", (item, path) =>
        {
            var c = FieldReader.Open(item, path, r.Spec("technology_changes").Fields);
            var change = new TechnologyChange
            {
                Year = c.Integer("year", 0),
                OffenseDefenseBalance = c.NullableNumber("offense_defense_balance"),
                Distinguishability = c.NullableNumber("distinguishability"),
            };
            return change.OffenseDefenseBalance is null && change.Distinguishability is null
                ? throw FieldReader.Fail(item, path, "changes nothing", "at least one of offense_defense_balance, distinguishability")
                : change;
        });

        var stateNodes = r.List("states");
        var states = new StateSpec[stateNodes.Count];
        var index = new Dictionary<string, int>(stateNodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < stateNodes.Count; i++)
        {
            states[i] = ReadState(stateNodes[i], i, index);
        }

        var borders = Items(r, "borders", (item, path) => ReadBorder(item, path, r.Spec("borders").Fields, index, stateNodes));
        CheckDistinctBorders(r, borders);
        var withoutBorders = LimitOverrides.Get(LimitOverrides.StatesWithoutBorders, Limits.MaxStatesWithoutBorders);
        if (borders.Length == 0 && states.Length > withoutBorders)
        {
            // Without borders every pair of states neighbours: memory and time grow with the square of the count.
            throw FieldReader.Fail(r.Node("states") ?? root!, "states", $"{states.Length:N0} states and no borders make {(long)states.Length * (states.Length - 1) / 2:N0} neighbouring pairs",
                $"at most {withoutBorders:N0} states without borders, or a 'borders' list (up to {LimitOverrides.Get(LimitOverrides.States, Limits.MaxStates):N0} states) ({LimitOverrides.Hint(LimitOverrides.StatesWithoutBorders)})");
        }
        var alliances = Items(r, "alliances", (item, path) =>
        {
            var a = FieldReader.Open(item, path, r.Spec("alliances").Fields);
            var members = a.TextList("members");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var m = 0; m < members.Count; m++)
            {
                var (member, node) = members[m];
                Known(index, member, node, $"{path}.members[{m}]");
                if (!seen.Add(member))
                {
                    throw FieldReader.Fail(node, $"{path}.members[{m}]", $"'{member}' is listed twice", "each member once");
                }
            }

            return new AllianceSpec { Members = [.. members.Select(m => m.Name)], Commitment = a.Number("commitment", 0.5) };
        });
        var guarantees = Items(r, "guarantees", (item, path) =>
        {
            var g = FieldReader.Open(item, path, r.Spec("guarantees").Fields);
            var guarantor = g.Text("guarantor");
            Known(index, guarantor, g.Node("guarantor")!, $"{path}.guarantor");
            var protege = g.Text("protege");
            Known(index, protege, g.Node("protege")!, $"{path}.protege");
            if (guarantor == protege)
            {
                throw FieldReader.Fail(g.Node("protege")!, $"{path}.protege", $"'{protege}' cannot guarantee itself", "a protege other than the guarantor");
            }

            return new GuaranteeSpec { Guarantor = guarantor, Protege = protege, Commitment = g.Number("commitment", 0.5) };
        });

        return new Scenario
        {
            Name = name,
            Years = years,
            Seed = seed,
            Hierarchy = hierarchy,
            ObservationNoise = noise,
            Technology = technology,
            TechnologyChanges = changes,
            States = states,
            Borders = borders,
            Alliances = alliances,
            Guarantees = guarantees,
            Leaders = leaders,
            Bargaining = bargaining,
            GrowthNoise = growthNoise,
            EnforcerStrength = enforcerStrength,
            Dynamics = dynamics,
        };
    }

    /// <summary>How a list item is named in messages and <c>--set</c> paths: <c>states.Athens</c>, else <c>states[1]</c>.</summary>
    public static string ItemPath(string listPath, int i, Node item)
        => item is MapNode m && m.Get("name") is ScalarNode { Text: { } n } && IsPathName(n) ? $"{listPath}.{n}" : $"{listPath}[{i}]";

    /// <summary>A name can stand in a dotted path when it has no dot, bracket or '=' and is not '*'.</summary>
    public static bool IsPathName(string name)
        => name.Length > 0 && name != "*" && name.IndexOfAny(['.', '[', ']', '=']) < 0 && name.Trim() == name;

    /// <summary>Technology measured from a force-structure file; the two numbers may not be given beside it.</summary>
    private static Technology FromForces(FieldReader t, Node forces, string source)
    {
        foreach (var key in new[] { "offense_defense_balance", "distinguishability" })
        {
            if (t.Node(key) is { } both)
            {
                throw FieldReader.Fail(both, $"technology.{key}", "is given together with technology.forces, which measures it", "either forces or the two numbers");
            }
        }

        return ForceTechnology.Resolve(forces, source);
    }

    private static StateSpec ReadState(Node node, int i, Dictionary<string, int> index)
    {
        var s = FieldReader.Open(node, ItemPath("states", i, node), ScenarioSchema.StateFields);
        var name = s.Text("name");
        if (!index.TryAdd(name, i))
        {
            throw FieldReader.Fail(s.Node("name")!, $"states[{i}].name", $"duplicate state name '{name}' (also states[{index[name]}])", "a unique name for each state");
        }

        return new StateSpec
        {
            Name = name,
            Motive = s.Choice("motive", Motive.SecuritySeeker),
            Resources = s.Number("resources", 100),
            Offense = s.Number("offense", 5),
            Defense = s.Number("defense", 5),
            PriorTrust = s.Number("prior_trust", 0.5),
            WorstCaseBias = s.Number("worst_case_bias", 0),
            RoutineAttachment = s.Number("routine_attachment", 0),
            PerceivedOffenseDefenseBalance = s.NullableNumber("perceived_offense_defense_balance"),
            Empathy = s.Number("empathy", StateSpec.DefaultEmpathy),
            RiskTolerance = s.Number("risk_tolerance", 0.5),
            Growth = s.Number("growth", 0.02),
            AlliancePropensity = s.Number("alliance_propensity", 0.5),
            Policy = s.Choice("policy", Policy.Utility),
        };
    }

    private static BorderSpec ReadBorder(Node item, string path, IReadOnlyList<FieldSpec> fields, Dictionary<string, int> index, IReadOnlyList<Node> states)
    {
        var b = FieldReader.Open(item, path, fields);
        var between = b.TextList("between");
        for (var k = 0; k < between.Count; k++)
        {
            Known(index, between[k].Name, between[k].Node, $"{path}.between[{k}]");
        }

        if (between[0].Name == between[1].Name)
        {
            throw FieldReader.Fail(between[1].Node, $"{path}.between[1]", $"'{between[1].Name}' borders itself", "two different states");
        }

        return new BorderSpec { A = between[0].Name, B = between[1].Name, Defensibility = b.Number("defensibility", 1.0) };
    }

    private static void CheckDistinctBorders(FieldReader r, IReadOnlyList<BorderSpec> borders)
    {
        if (borders.Count == 0)
        {
            return;
        }

        var nodes = r.List("borders");
        var seen = new Dictionary<(string, string), int>(borders.Count);
        for (var i = 0; i < borders.Count; i++)
        {
            var b = borders[i];
            var key = string.CompareOrdinal(b.A, b.B) < 0 ? (b.A, b.B) : (b.B, b.A);
            if (!seen.TryAdd(key, i))
            {
                throw FieldReader.Fail(nodes[i], $"borders[{i}]", $"the border {b.A}-{b.B} is already given as borders[{seen[key]}]", "each pair of states at most once");
            }
        }
    }

    private static void Known(Dictionary<string, int> index, string name, Node node, string field)
    {
        if (!index.ContainsKey(name))
        {
            throw FieldReader.Fail(node, field, $"unknown state '{name}'{Suggestions.DidYouMean(name, index.Keys)}", $"one of the states: {Suggestions.List(index.Keys)}");
        }
    }

    private static T[] Items<T>(FieldReader r, string key, Func<Node, string, T> read)
    {
        var nodes = r.List(key);
        var result = new T[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            result[i] = read(nodes[i], $"{key}[{i}]");
        }

        return result;
    }
}
