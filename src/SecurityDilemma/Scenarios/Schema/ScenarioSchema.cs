using System.Text.Json;

namespace SecurityDilemma.Scenarios.Schema;

/// <summary>
/// The one definition of the scenario vocabulary. The loader accepts exactly these keys, <c>--set</c>
/// resolves paths against them, and docs/scenario.schema.json is generated from them (a test keeps the
/// shipped file equal to <see cref="JsonSchemaWriter.Write"/>), so the three cannot drift apart.
/// </summary>
internal static class ScenarioSchema
{
    /// <summary>Snake-case names of an enum's members, in declaration order (e.g. security_seeker).</summary>
    public static IReadOnlyList<string> ChoicesOf<T>()
        where T : struct, Enum
        => [.. Enum.GetNames<T>().Select(JsonNamingPolicy.SnakeCaseLower.ConvertName)];

    private static readonly FieldSpec Balance = new()
    {
        Key = "offense_defense_balance",
        Kind = FieldKind.Number,
        Minimum = 0,
        ExclusiveMinimum = true,
        Maximum = Limits.MaxBalance,
        Default = "1.0",
        Description = "Glaser-Kaufmann cost ratio: attacking force needed per unit of defending force to take territory; > 1 favors defense, < 1 favors offense (Jervis 1978; Glaser & Kaufmann 1998).",
    };

    private static readonly FieldSpec Distinguishability = new()
    {
        Key = "distinguishability",
        Kind = FieldKind.Number,
        Minimum = 0,
        Maximum = 1,
        Default = "0.5",
        Description = "How far observers can tell offensive from defensive forces: 0 = every defensive unit looks offensive, 1 = told apart perfectly (Jervis 1978).",
    };

    private static FieldSpec Unit(string key, string dflt, string description)
        => new() { Key = key, Kind = FieldKind.Number, Minimum = 0, Maximum = 1, Default = dflt, Description = description };

    private static FieldSpec Quantity(string key, string dflt, string description)
        => new() { Key = key, Kind = FieldKind.Number, Minimum = 0, Maximum = Limits.MaxQuantity, Default = dflt, Description = description };

    private static FieldSpec StateName(string key, string description)
        => new() { Key = key, Kind = FieldKind.Text, Required = true, Description = description };

    private static readonly FieldSpec Commitment = Unit("commitment", "0.5", "Strength of the commitment, 0 (none) to 1 (certain to fight).");

    /// <summary>Fields of each item of <c>states</c>.</summary>
    public static IReadOnlyList<FieldSpec> StateFields { get; } =
    [
        new() { Key = "name", Kind = FieldKind.Text, Required = true, Description = "Unique name of the state; borders, alliances, guarantees and --set paths refer to it." },
        new() { Key = "motive", Kind = FieldKind.Choice, Choices = ChoicesOf<Motive>(), Default = "security_seeker", Description = "Private motive type, never seen by others: security_seeker wants only security (Jervis, Glaser); greedy also values conquest (Glaser, Schweller); power_maximizer maximizes its relative power share (Mearsheimer)." },
        Quantity("resources", "100", "Economic resources (GDP units) from which the military budget is drawn."),
        Quantity("offense", "5", "Initial offensive forces."),
        Quantity("defense", "5", "Initial defensive forces."),
        Unit("prior_trust", "0.5", "Prior belief that each other state is a security seeker (Kydd 2005); low values model a Hobbesian culture of anarchy (Wendt 1999)."),
        Unit("worst_case_bias", "0", "Wendt: shades every belief toward the most dangerous type; 0 = unbiased Bayesian, 1 = assumes the worst."),
        Unit("routine_attachment", "0", "Mitzen: attachment to the existing relationship, inertia in beliefs and posture; 0 = none, 1 = frozen."),
        Balance with
        {
            Key = "perceived_offense_defense_balance",
            Nullable = true,
            Default = null,
            Description = "The leader's perceived offense-defense balance, used for decisions while war outcomes use the actual one (Christensen & Snyder 1990); absent or null = the actual balance.",
        },
        Unit("alliance_propensity", "0.5", "Readiness to balance by alliance rather than alone, 0..1 (Waltz; Christensen & Snyder 1990)."),
        new() { Key = "policy", Kind = FieldKind.Choice, Choices = ChoicesOf<Policy>(), Default = "utility", Description = "Policy toward others: utility decides by expected utility; conciliation follows the spiral model (reassure, do not mobilize); firmness follows the deterrence model (match threats, mobilize in crises) (Jervis 1976)." },
    ];

    /// <summary>The top-level fields of a scenario.</summary>
    public static IReadOnlyList<FieldSpec> Root { get; } =
    [
        new() { Key = "name", Kind = FieldKind.Text, Required = true, Description = "Name of the scenario, reported in every output." },
        new() { Key = "years", Kind = FieldKind.Integer, Minimum = 1, Maximum = Limits.MaxYears, Default = "100", Description = "Number of simulated years (steps)." },
        new() { Key = "seed", Kind = FieldKind.Integer, Minimum = 0, Default = "1", Description = "Root of the run's seed tree (a 64-bit unsigned integer); same seed, same run." },
        new() { Key = "hierarchy", Kind = FieldKind.Boolean, Default = "false", Description = "An enforcer above the states punishes aggression; off = anarchy, the source of the dilemma (Herz 1950; Jervis 1978)." },
        new() { Key = "observation_noise", Kind = FieldKind.Number, Minimum = 0, Maximum = Limits.MaxObservationNoise, Default = "0.1", Description = "Standard deviation of the multiplicative noise on observed forces." },
        new()
        {
            Key = "technology",
            Kind = FieldKind.Object,
            Description = "Military technology shared by all states.",
            Fields =
            [
                Balance,
                Distinguishability,
                new() { Key = "forces", Kind = FieldKind.Text, Nullable = true, Description = "A force-structure file (path relative to the scenario file) whose net assessment gives offense_defense_balance and distinguishability instead of the two numbers (Glaser & Kaufmann 1998; docs/net-assessment.md)." },
            ],
        },
        new()
        {
            Key = "technology_changes",
            Kind = FieldKind.ObjectList,
            MaxItems = Limits.MaxTechnologyChanges,
            Description = "Scheduled changes of technology, e.g. a shift to defense dominance mid-run to remove a material cause and observe hysteresis (Mitzen 2006).",
            Fields =
            [
                new() { Key = "year", Kind = FieldKind.Integer, Required = true, Minimum = 1, Maximum = Limits.MaxYears, Description = "First year in which the new values hold." },
                Balance with { Nullable = true, Default = null, Description = "New offense-defense balance; absent = unchanged." },
                Distinguishability with { Nullable = true, Default = null, Description = "New distinguishability; absent = unchanged." },
            ],
        },
        new()
        {
            Key = "states",
            Kind = FieldKind.ObjectList,
            Required = true,
            MinItems = Limits.MinStates,
            MaxItems = Limits.MaxStates,
            Description = "The states, in the order used by outputs.",
            Fields = StateFields,
        },
        new()
        {
            Key = "borders",
            Kind = FieldKind.ObjectList,
            MaxItems = Limits.MaxBorders,
            Description = "Explicit borders; when absent or empty every pair of states borders with defensibility 1.",
            Fields =
            [
                new() { Key = "between", Kind = FieldKind.TextList, Required = true, MinItems = 2, MaxItems = 2, Description = "The two states on either side of the border." },
                Balance with { Key = "defensibility", Default = "1.0", Description = "Geography: multiplies the offense-defense balance on this border (> 1 = easier to defend, e.g. mountains or water)." },
            ],
        },
        new()
        {
            Key = "alliances",
            Kind = FieldKind.ObjectList,
            MaxItems = Limits.MaxAlliances,
            Description = "Alliances at the start of the run; states may form and leave alliances later by their own decisions.",
            Fields =
            [
                new() { Key = "members", Kind = FieldKind.TextList, Required = true, MinItems = 2, MaxItems = Limits.MaxStates, Description = "The allied states (at least two, each once)." },
                Commitment,
            ],
        },
        new()
        {
            Key = "guarantees",
            Kind = FieldKind.ObjectList,
            MaxItems = Limits.MaxGuarantees,
            Description = "Extended-deterrence guarantees declared at the start: the guarantor promises to defend the protege.",
            Fields =
            [
                StateName("guarantor", "The state that gives the guarantee."),
                StateName("protege", "The state it promises to defend (not the guarantor itself)."),
                Commitment,
            ],
        },
    ];

    /// <summary>The field <paramref name="key"/> among <paramref name="fields"/>, or null.</summary>
    public static FieldSpec? Find(IReadOnlyList<FieldSpec> fields, string key)
    {
        foreach (var f in fields)
        {
            if (f.Key == key)
            {
                return f;
            }
        }

        return null;
    }
}
