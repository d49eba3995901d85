namespace SecurityDilemma.Engine;

/// <summary>
/// The mechanism constants of the world engine (docs/model.md, "Constants", gives each one's meaning,
/// source and why it has its value). Scenarios do not set these; tests and studies may pass other values
/// to check that a result follows from the mechanism rather than from one tuning.
/// </summary>
public sealed record EngineConstants
{
    /// <summary>The values documented in docs/model.md.</summary>
    public static EngineConstants Default { get; } = new();

    /// <summary>Yearly depreciation of forces (delta).</summary>
    public double Depreciation { get; init; } = 0.10;

    /// <summary>Yearly economic growth before the burden's drag (g).</summary>
    public double Growth { get; init; } = 0.02;

    /// <summary>Growth lost per unit of military burden ("guns vs butter", kappa): Y' = Y (1 + g - kappa b).</summary>
    public double BurdenDrag { get; init; } = 0.10;

    /// <summary>Largest rise of the burden from one year to the next in peace (budgets and industry grow only so fast).</summary>
    public double MaxBurdenRise { get; init; } = 0.03;

    /// <summary>Largest share of resources a state can spend on forces in a year.</summary>
    public double MaxBurden { get; init; } = 0.25;

    /// <summary>How much an offensive unit adds to defending strength (phi): DS = D + phi O.</summary>
    public double OffenseAsDefense { get; init; } = 0.5;

    /// <summary>How much a defensive unit adds to attacking strength (psi): AS = O + psi D.</summary>
    public double DefenseAsOffense { get; init; } = 0.25;

    /// <summary>Share of the gap between required and held strength a state closes in one year (procurement lead time, lambda).</summary>
    public double Adjustment { get; init; } = 0.25;

    /// <summary>Observation error of a build-up, as a share of the observed apparent stock (per unit of observation noise).</summary>
    public double BuildUpNoise { get; init; } = 0.5;

    /// <summary>Defending strength per unit of resources every state keeps even when it fears nobody (prudence), at a perceived balance of 1; divided by the perceived balance (insurance against an attacker of one's own size costs more when offense dominates).</summary>
    public double PrudentDefense { get; init; } = 0.1;

    /// <summary>Perceived threat from one state that a security seeker tolerates (t).</summary>
    public double ThreatTolerance { get; init; } = 0.2;

    /// <summary>Mean apparent offensive procurement (share of GDP per year) observers expect of a security seeker (m_S).</summary>
    public double SignalMeanSecuritySeeker { get; init; } = 0.005;

    /// <summary>Mean apparent offensive procurement observers expect of a greedy state (m_G).</summary>
    public double SignalMeanGreedy { get; init; } = 0.035;

    /// <summary>Spread of the build-up signal for either type (sigma_s).</summary>
    public double SignalSd { get; init; } = 0.04;

    /// <summary>Largest log-likelihood ratio one year's observation can carry (bounds a single noisy year).</summary>
    public double MaxYearlyEvidence { get; init; } = 1.0;

    /// <summary>Beliefs are kept in log-odds within +-this bound (trust in [0.01, 0.99]): no leader is ever certain of another's type.</summary>
    public double MaxLogOdds { get; init; } = 4.6;

    /// <summary>Log-odds shift toward the greedy type at full worst-case bias (beta_w).</summary>
    public double WorstCaseShift { get; init; } = 3.0;

    /// <summary>Share of a perceived threat the enforcer removes for a leader without worst-case bias (hierarchy).</summary>
    public double EnforcerProtection { get; init; } = 0.9;

    /// <summary>What the enforcer takes from an aggressor, as a share of its resources (hierarchy).</summary>
    public double EnforcerPenalty { get; init; } = 0.5;

    /// <summary>Expected cost of a war to each side, as a share of its own resources (Fearon's c).</summary>
    public double WarCost { get; init; } = 0.1;

    /// <summary>Extra perceived cost of a new war right after one ended (war weariness), decaying by <see cref="WearinessDecay"/> a year.</summary>
    public double WarWeariness { get; init; } = 0.3;

    /// <summary>Share of war weariness that remains after a year.</summary>
    public double WearinessDecay { get; init; } = 0.8;

    /// <summary>Share of the loser's resources the winner takes (tau).</summary>
    public double ConquestShare { get; init; } = 0.3;

    /// <summary>How much a greedy state values a unit of conquered resources (v_G).</summary>
    public double GreedyConquestValue { get; init; } = 2.0;

    /// <summary>How much a power maximizer values a unit of conquered resources, counting the rival's loss (v_P).</summary>
    public double PowerMaximizerConquestValue { get; init; } = 1.5;

    /// <summary>Win probability a greedy state arms to reach against its easiest target.</summary>
    public double GreedyTargetWinProbability { get; init; } = 0.6;

    /// <summary>Offensive share of a greedy state's procurement.</summary>
    public double GreedyOffenseShare { get; init; } = 0.8;

    /// <summary>Military burden of a power maximizer (Mearsheimer: arm as far as the economy allows without stalling it).</summary>
    public double PowerMaximizerBurden { get; init; } = 0.12;

    /// <summary>Offensive share of a power maximizer's procurement.</summary>
    public double PowerMaximizerOffenseShare { get; init; } = 0.6;

    /// <summary>How far readable (distinguishable) technology pulls a security seeker toward defense (rho).</summary>
    public double SignallingPreference { get; init; } = 0.8;

    /// <summary>Perceived threat above which a leader is in crisis with the other state.</summary>
    public double CrisisThreshold { get; init; } = 0.3;

    /// <summary>A greedy state within this margin of attacking presses demands: a crisis.</summary>
    public double DemandMargin { get; init; } = 0.05;

    /// <summary>Chance per war year that the war is decided by victory (at balance 1 in the graded dynamics; at any balance in the classic rules).</summary>
    public double DecisiveYearProbability { get; init; } = 0.35;

    /// <summary>Graded dynamics: how strongly the balance sets the speed of war (Van Evera 1998), gamma in
    /// d(theta) = d_1 theta^-gamma: offense dominance brings quick decisions, defense dominance wars of attrition.</summary>
    public double DecisivenessElasticity { get; init; } = 1.0;

    /// <summary>Chance per war year (after the first) that the sides settle on terms matching the balance.</summary>
    public double SettlementProbability { get; init; } = 0.2;

    /// <summary>A side whose forces fall below this share of their pre-war level is exhausted; the war ends.</summary>
    public double ExhaustionShare { get; init; } = 0.2;

    /// <summary>Share of resources destroyed per war year on each side.</summary>
    public double WarYearCost { get; init; } = 0.05;

    /// <summary>Constants of alliances, deterrence and crises.</summary>
    public AllianceConstants Alliances { get; init; } = AllianceConstants.Default;

    /// <summary>Largest yearly loss of forces in war (alpha), split by the odds: the likelier loser loses more.</summary>
    public double Attrition { get; init; } = 0.3;

    /// <summary>Graded dynamics: a power maximizer's weight of power against its economy (kappa_P): it buys attacking strength while a unit
    /// raises its chance of winning by more than 1 / (kappa_P Y).</summary>
    public double PowerMaximizerCostWeight { get; init; } = 10.0;

    /// <summary>Per-year discount factor (delta) of a leader weighing war now against a worse bargaining position later (Powell 2006).</summary>
    public double Discount { get; init; } = 0.9;

    /// <summary>Years ahead a leader projects the other's observed growth when it asks whether power is shifting against it.</summary>
    public double ProjectionYears { get; init; } = 10;

    /// <summary>Weight of the latest year in each state's observed growth rate (an exponential moving average).</summary>
    public double GrowthSmoothing { get; init; } = 0.2;
}
