namespace SecurityDilemma.Engine;

/// <summary>
/// The mechanism constants of alliances, deterrence and crises (docs/model.md, "Alliances, deterrence and crises",
/// gives each one's meaning and source). Scenarios do not set these; tests may pass other values through
/// <see cref="EngineConstants.Alliances"/> to check that a result follows from the mechanism, not from one tuning.
/// </summary>
public sealed record AllianceConstants
{
    /// <summary>Most alliance and guarantee links a state holds at once (the per-state slot count of the preallocated tables).</summary>
    public const int MaxLinks = 8;

    /// <summary>The values documented in docs/model.md.</summary>
    public static AllianceConstants Default { get; } = new();

    /// <summary>Smallest and largest tightening factor T(theta) = 1 / theta applied to a commitment (Christensen &amp; Snyder 1990).</summary>
    public double MinTightening { get; init; } = 0.25;

    /// <summary>Largest tightening factor under perceived offense dominance.</summary>
    public double MaxTightening { get; init; } = 2.0;

    /// <summary>Value of honouring a commitment as such, per unit of resources (Schelling 1966: commitments are interdependent).</summary>
    public double Reputation { get; init; } = 0.2;

    /// <summary>
    /// Belief that its most threatening neighbour is dangerous above which a state must decide whether to balance or pass the
    /// buck (Christensen &amp; Snyder 1990: the threat is of intentions; the perceived balance decides whether one can wait).
    /// </summary>
    public double DangerThreshold { get; init; } = 0.5;

    /// <summary>A threatened state counts as able to balance when its resources are at least this share of the threatening state's.</summary>
    public double AbleShare { get; init; } = 0.25;

    /// <summary>Classic rules: perceived chance that another able state holds out alone above which a state with propensity 0.5
    /// passes the buck (the graded dynamics decide by expected value, <see cref="LossAversion"/>).</summary>
    public double BuckPassHoldout { get; init; } = 0.6;

    /// <summary>Classic rules: how much one unit of alliance propensity above 0.5 raises the holdout a state needs before it passes the buck.</summary>
    public double PropensityShift { get; init; } = 0.4;

    /// <summary>Graded dynamics: how much more a state weighs a loss to conquest than a cost it pays (lambda; Tversky &amp; Kahneman
    /// 1992, applied to states by Levy 1992): the risk side of the buck-passing decision.</summary>
    public double LossAversion { get; init; } = 2.25;

    /// <summary>Share of its own defending need a buck passer still buys against the threat it passes (free riding).</summary>
    public double BuckPassArming { get; init; } = 0.5;

    /// <summary>Willingness times perceived threat above which a threatened state seeks an ally or gives a guarantee.</summary>
    public double SeekThreshold { get; init; } = 0.3;

    /// <summary>Willingness times perceived threat from the same adversary above which a state accepts an offered alliance.</summary>
    public double AcceptThreshold { get; init; } = 0.15;

    /// <summary>Total perceived threat below which a year counts as safe for a member of an alliance.</summary>
    public double SafeThreat { get; init; } = 0.05;

    /// <summary>Safe years after which a state with propensity 0 leaves its alliances (propensity p needs (1 + 2p) times as many).</summary>
    public int SafeYearsToLeave { get; init; } = 5;

    /// <summary>Share of its forces a state adds when it mobilizes (reserves called up).</summary>
    public double MobilizationSurge { get; init; } = 0.3;

    /// <summary>
    /// Log-odds by which the opponent's trust falls when it sees a mobilization at distinguishability 0 (times 1 - d):
    /// the call-up read as preparation for attack (Jervis 1976, ch. 3; Schelling 1966, the reciprocal fear of surprise attack).
    /// </summary>
    public double MobilizationAlarm { get; init; } = 1.0;

    /// <summary>Share of resources a mobilized state pays per year of mobilization.</summary>
    public double MobilizationCost { get; init; } = 0.01;

    /// <summary>Value of a unit drop in perceived threat, per unit of resources, in the utility policy's mobilization choice.</summary>
    public double ThreatReductionValue { get; init; } = 0.3;

    /// <summary>Share of its resources a state concedes when it backs down in a crisis (appeasement).</summary>
    public double Concession { get; init; } = 0.02;

    /// <summary>Years of restraint (defensive procurement at a reduced burden) after backing down.</summary>
    public int RestraintYears { get; init; } = 3;

    /// <summary>Share of the decided burden a restrained state spends.</summary>
    public double RestraintBurden { get; init; } = 0.5;

    /// <summary>Largest offensive share of a conciliating state's procurement (a readable restraint signal, Kydd 2005).</summary>
    public double ConciliationOffenseShare { get; init; } = 0.1;
}
