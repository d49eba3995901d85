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
        Unit("empathy", "0.25", "Security-dilemma sensibility (Booth & Wheeler 2008; Jervis 1976, ch. 3): how far the leader counts the threat its own forces pose to another when it reads that state's arming; 0 = sees none of it, 1 = all."),
        Unit("risk_tolerance", "0.5", "The leader's risk tolerance (Horowitz, Stam & Ellis 2015): 0.5 weighs the costs of war at face value, 1 at half, 0 at one and a half times."),
        new() { Key = "growth", Kind = FieldKind.Number, Minimum = -0.2, Maximum = 0.2, Default = "0.02", Description = "Trend growth of the economy per year, before the military burden's drag; states that grow at different rates shift power (Powell 2006)." },
        Unit("alliance_propensity", "0.5", "Readiness to balance by alliance rather than alone, 0..1 (Waltz; Christensen & Snyder 1990)."),
        new() { Key = "policy", Kind = FieldKind.Choice, Choices = ChoicesOf<Policy>(), Default = "utility", Description = "Policy toward others: utility decides by expected utility; conciliation follows the spiral model (reassure, do not mobilize); firmness follows the deterrence model (match threats, mobilize in crises) (Jervis 1976)." },
    ];

    /// <summary>The top-level fields of a scenario.</summary>
    public static IReadOnlyList<FieldSpec> Root { get; } =
    [
        new() { Key = "name", Kind = FieldKind.Text, Required = true, Description = "Name of the scenario, reported in every output." },
        new() { Key = "years", Kind = FieldKind.Integer, Minimum = 1, Maximum = Limits.MaxYears, Limit = LimitOverrides.Years, Default = "100", Description = "Number of simulated years (steps)." },
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
        new() { Key = "dynamics", Kind = FieldKind.Choice, Choices = ChoicesOf<Dynamics>(), Default = "graded", Description = "Which engine dynamics run: classic (fixed type expectations, known war costs, an absolute enforcer) or graded (beliefs from behaviour in the observed state's position with empathy, private war costs and crisis bargaining, preventive war, leader turnover, a limited enforcer); see docs/model.md." },
        Unit("enforcer_strength", "0.9", "Under hierarchy, the enforcer's strength (Herz 1950; Butterfield 1951): the chance it acts against an aggressor in a war year, the share of an aggressor's expected gains it takes and of a threat it removes for a leader who trusts it."),
        new() { Key = "growth_noise", Kind = FieldKind.Number, Minimum = 0, Maximum = 0.2, Default = "0", Description = "Standard deviation of each state's yearly growth around its trend (noisy, differential growth; Powell 2006)." },
        new()
        {
            Key = "leaders",
            Kind = FieldKind.Object,
            Description = "Leader turnover (Horowitz, Stam & Ellis 2015): each year a state's leader is replaced with probability turnover; a new leader's traits are drawn uniformly within the spreads around the state's values.",
            Fields =
            [
                Unit("turnover", "0", "Annual probability that a state's leader is replaced (0 = the same leaders throughout)."),
                Unit("worst_case_bias_spread", "0", "Half-width of the uniform draw of a new leader's worst-case bias around the state's value."),
                Unit("empathy_spread", "0", "Half-width of the uniform draw of a new leader's empathy around the state's value."),
                Unit("risk_tolerance_spread", "0", "Half-width of the uniform draw of a new leader's risk tolerance around the state's value."),
                new() { Key = "perceived_balance_spread", Kind = FieldKind.Number, Minimum = 0, Maximum = 3, Default = "0", Description = "A new leader perceives the offense-defense balance times e^u, u uniform in [-spread, spread] (Christensen & Snyder 1990: perceptions of the balance vary between leaders)." },
            ],
        },
        new()
        {
            Key = "bargaining",
            Kind = FieldKind.Object,
            Description = "Crisis bargaining under private information (Fearon 1995).",
            Fields =
            [
                Unit("cost_spread", "0.8", "Each side's cost of war in a crisis is drawn as c (1 + s (2u - 1)), u uniform, known only to that side; s = 0 makes costs common knowledge."),
            ],
        },
        new()
        {
            Key = "technology_changes",
            Kind = FieldKind.ObjectList,
            MaxItems = Limits.MaxTechnologyChanges,
            Limit = LimitOverrides.TechnologyChanges,
            Description = "Scheduled changes of technology, e.g. a shift to defense dominance mid-run to remove a material cause and observe hysteresis (Mitzen 2006).",
            Fields =
            [
                new() { Key = "year", Kind = FieldKind.Integer, Required = true, Minimum = 1, Maximum = Limits.MaxYears, Limit = LimitOverrides.Years, Description = "First year in which the new values hold." },
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
            Limit = LimitOverrides.States,
            Description = "The states, in the order used by outputs.",
            Fields = StateFields,
        },
        new()
        {
            Key = "borders",
            Kind = FieldKind.ObjectList,
            MaxItems = Limits.MaxBorders,
            Limit = LimitOverrides.Borders,
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
            Limit = LimitOverrides.Alliances,
            Description = "Alliances at the start of the run; states may form and leave alliances later by their own decisions.",
            Fields =
            [
                new() { Key = "members", Kind = FieldKind.TextList, Required = true, MinItems = 2, MaxItems = Limits.MaxStates, Limit = LimitOverrides.States, Description = "The allied states (at least two, each once)." },
                Commitment,
            ],
        },
        new()
        {
            Key = "guarantees",
            Kind = FieldKind.ObjectList,
            MaxItems = Limits.MaxGuarantees,
            Limit = LimitOverrides.Guarantees,
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
