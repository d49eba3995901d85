namespace SecurityDilemma.Scenarios;

/// <summary>
/// A validated world description: immutable, built by <see cref="ScenarioDocument.Build"/> from YAML
/// (docs/scenario-format.md) or directly in code. The engine never mutates it.
/// </summary>
public sealed record Scenario
{
    public required string Name { get; init; }

    /// <summary>Simulated years (steps).</summary>
    public int Years { get; init; } = 100;

    /// <summary>Root of the run's seed tree.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>An enforcer above the states punishes aggression (Butterfield/Herz/Jervis: removing it creates the dilemma).</summary>
    public bool Hierarchy { get; init; }

    /// <summary>Standard deviation of the multiplicative noise on observed forces.</summary>
    public double ObservationNoise { get; init; } = 0.1;

    public Technology Technology { get; init; } = new();

    /// <summary>
    /// Scheduled changes of technology (e.g. a shift to defense dominance in year 50), so that a material
    /// cause can be removed mid-run and hysteresis (Mitzen) observed. Empty by default.
    /// </summary>
    public IReadOnlyList<TechnologyChange> TechnologyChanges { get; init; } = [];

    public required IReadOnlyList<StateSpec> States { get; init; }

    /// <summary>Explicit borders; when empty every pair borders with defensibility 1.</summary>
    public IReadOnlyList<BorderSpec> Borders { get; init; } = [];

    /// <summary>Initial alliances; empty by default.</summary>
    public IReadOnlyList<AllianceSpec> Alliances { get; init; } = [];

    /// <summary>Extended-deterrence guarantees declared in the scenario; empty by default.</summary>
    public IReadOnlyList<GuaranteeSpec> Guarantees { get; init; } = [];

    /// <summary>Leader turnover and the spread of new leaders' traits around each state's values.</summary>
    public LeaderSettings Leaders { get; init; } = new();

    /// <summary>Crisis bargaining: how far each side's private cost of war varies from crisis to crisis.</summary>
    public BargainingSettings Bargaining { get; init; } = new();

    /// <summary>Which dynamics the engine runs (docs/model.md): the classic rules, or the graded ones of Engine 2.</summary>
    public Dynamics Dynamics { get; init; } = Dynamics.Graded;

    /// <summary>Under hierarchy, the enforcer's strength (0..1): the chance it acts against an aggressor in a war year and the share of the aggressor's gains it takes.</summary>
    public double EnforcerStrength { get; init; } = 0.9;

    /// <summary>Standard deviation of each state's yearly growth around its trend (differential, noisy growth shifts power; Powell 2006).</summary>
    public double GrowthNoise { get; init; }
}

/// <summary>Which dynamics the engine runs.</summary>
public enum Dynamics
{
    /// <summary>Fixed type expectations in the Kydd update, known costs of war, an enforcer that ends every war at once.</summary>
    Classic,

    /// <summary>
    /// Beliefs from behaviour in the observed state's position with empathy, private costs and crisis bargaining (Fearon 1995),
    /// preventive war under shifting power (Powell 2006), leader turnover, an enforcer of limited strength, worst-case bias
    /// applied once, and simultaneous moves resolved by a seeded draw.
    /// </summary>
    Graded,
}

/// <summary>
/// Leaders and their turnover (Horowitz, Stam &amp; Ellis 2015; Chiozza &amp; Goemans 2011): each year a state's leader is replaced with
/// probability <see cref="Turnover"/>; the new leader's traits are drawn uniformly within the spread around the state's values.
/// </summary>
public sealed record LeaderSettings
{
    /// <summary>Annual probability that a state's leader is replaced.</summary>
    public double Turnover { get; init; }

    /// <summary>Half-width of the uniform draw of a new leader's worst-case bias around the state's value (clamped to [0, 1]).</summary>
    public double WorstCaseBiasSpread { get; init; }

    /// <summary>Half-width of the uniform draw of a new leader's empathy (clamped to [0, 1]).</summary>
    public double EmpathySpread { get; init; }

    /// <summary>Half-width of the uniform draw of a new leader's risk tolerance (clamped to [0, 1]).</summary>
    public double RiskToleranceSpread { get; init; }

    /// <summary>A new leader perceives the balance times e^u, u uniform in [-spread, spread] (0 = perceives it as the state's value).</summary>
    public double PerceivedBalanceSpread { get; init; }
}

/// <summary>Crisis bargaining under private information (Fearon 1995).</summary>
public sealed record BargainingSettings
{
    /// <summary>Each side's cost of war in a crisis is c (1 + s (2u - 1)), u uniform: c the engine's mean cost, s this spread (0 = known costs).</summary>
    public double CostSpread { get; init; } = 0.8;
}

/// <summary>Military technology shared by all states.</summary>
public sealed record Technology
{
    /// <summary>Glaser-Kaufmann cost ratio: attacker force needed per defending unit; &gt; 1 favors defense.</summary>
    public double OffenseDefenseBalance { get; init; } = 1.0;

    /// <summary>0: defensive forces look fully offensive; 1: the two are told apart perfectly.</summary>
    public double Distinguishability { get; init; } = 0.5;
}

/// <summary>From <see cref="Year"/> on, the given technology fields replace the current ones (null keeps the current value).</summary>
public sealed record TechnologyChange
{
    public required int Year { get; init; }

    public double? OffenseDefenseBalance { get; init; }

    public double? Distinguishability { get; init; }
}

/// <summary>Private motive types (defensive vs offensive realism).</summary>
public enum Motive
{
    /// <summary>Wants only security (Jervis, Glaser).</summary>
    SecuritySeeker,

    /// <summary>Values conquest beyond security (Glaser's greedy state, Schweller's revisionist).</summary>
    Greedy,

    /// <summary>Maximizes relative power share (Mearsheimer).</summary>
    PowerMaximizer,
}

/// <summary>Foreign policy toward others: the spiral model's or the deterrence model's prescription.</summary>
public enum Policy
{
    /// <summary>Decide by utility.</summary>
    Utility,

    /// <summary>Reassure: restraint, no mobilization in reply to threats (spiral model).</summary>
    Conciliation,

    /// <summary>Stand firm: match threats, mobilize in crises (deterrence model).</summary>
    Firmness,
}

/// <summary>One state's initial endowment and private characteristics.</summary>
public sealed record StateSpec
{
    /// <summary>The empathy of a leader when a scenario gives none: most leaders see little of the fear their own arming causes (Jervis 1976, ch. 3).</summary>
    public const double DefaultEmpathy = 0.25;

    public required string Name { get; init; }

    public Motive Motive { get; init; } = Motive.SecuritySeeker;

    /// <summary>Economic resources (GDP units).</summary>
    public double Resources { get; init; } = 100;

    public double Offense { get; init; } = 5;

    public double Defense { get; init; } = 5;

    /// <summary>Prior belief that each other state is a security seeker.</summary>
    public double PriorTrust { get; init; } = 0.5;

    /// <summary>Wendt: 0..1, shades beliefs toward the most dangerous type.</summary>
    public double WorstCaseBias { get; init; }

    /// <summary>Mitzen: 0..1, inertia in beliefs and posture.</summary>
    public double RoutineAttachment { get; init; }

    /// <summary>The leader's perceived offense-defense balance; null means the actual one.</summary>
    public double? PerceivedOffenseDefenseBalance { get; init; }

    /// <summary>Security-dilemma sensibility (Booth &amp; Wheeler 2008): how far the leader counts the threat its own forces pose to others when it reads their arming, 0..1.</summary>
    public double Empathy { get; init; } = StateSpec.DefaultEmpathy;

    /// <summary>The leader's risk tolerance, 0..1: 0.5 weighs the costs of war at face value, 1 at half, 0 at one and a half times (Horowitz, Stam &amp; Ellis 2015).</summary>
    public double RiskTolerance { get; init; } = 0.5;

    /// <summary>Trend growth of the economy per year before the burden's drag.</summary>
    public double Growth { get; init; } = 0.02;

    /// <summary>Propensity to seek alliances, 0..1.</summary>
    public double AlliancePropensity { get; init; } = 0.5;

    public Policy Policy { get; init; } = Policy.Utility;
}

/// <summary>A border between two states; geography multiplies the balance on it.</summary>
public sealed record BorderSpec
{
    public required string A { get; init; }

    public required string B { get; init; }

    public double Defensibility { get; init; } = 1.0;
}

/// <summary>An alliance at the start of the run.</summary>
public sealed record AllianceSpec
{
    public required IReadOnlyList<string> Members { get; init; }

    /// <summary>Strength of the commitment, 0..1.</summary>
    public double Commitment { get; init; } = 0.5;
}

/// <summary>An extended-deterrence guarantee: <see cref="Guarantor"/> promises to defend <see cref="Protege"/>.</summary>
public sealed record GuaranteeSpec
{
    public required string Guarantor { get; init; }

    public required string Protege { get; init; }

    public double Commitment { get; init; } = 0.5;
}
