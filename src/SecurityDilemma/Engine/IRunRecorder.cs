namespace SecurityDilemma.Engine;

/// <summary>
/// Receives a run's per-year series and its events (for <c>dilemma run --out</c> and sweep series).
/// The engine calls it only when one is given, so unrecorded runs pay nothing.
/// </summary>
/// <remarks>To add an output format, implement this interface; the engine calls <see cref="State"/> once per
/// state per year, <see cref="Trust"/> once per observing pair per year, and <see cref="Event"/> as things happen.</remarks>
public interface IRunRecorder
{
    /// <summary>One state's condition at the end of a year.</summary>
    void State(in StateYear row);

    /// <summary>What <paramref name="observer"/> believes of <paramref name="target"/> at the end of <paramref name="year"/>: the probability it is a security seeker.</summary>
    void Trust(int year, int observer, int target, double trust);

    /// <summary>Something that happened (arming, a signal, a belief shift, a crisis, a war, ...).</summary>
    void Event(EngineEvent e);
}

/// <summary>A row of the per-year, per-state series. State indices follow the scenario's order.</summary>
/// <remarks><see cref="BudgetShare"/> is the offensive share of this year's procurement budget (the offense/defense
/// split, 0..1); <see cref="MilitaryBurden"/> is military spending / resources; <see cref="Security"/> is 1 minus the
/// perceived chance of being successfully attacked by someone; <see cref="MeanTrustHeld"/> is the mean trust this state
/// holds in the states it observes (docs/model.md).</remarks>
public readonly record struct StateYear(
    int Year,
    int State,
    double Resources,
    double Offense,
    double Defense,
    double BudgetShare,
    double MilitaryBurden,
    double Security,
    double MeanTrustHeld,
    bool AtWar);

/// <summary>An event in the log. <see cref="States"/> are indices in the scenario's order; <see cref="Detail"/> is human-readable.</summary>
public sealed record EngineEvent(int Year, EventKind Kind, IReadOnlyList<int> States, string Detail);

/// <summary>Kinds of events (snake_case in output).</summary>
public enum EventKind
{
    Arming,
    ArmsCut,
    Signal,
    BeliefShift,
    CrisisStart,
    CrisisEnd,
    Mobilization,
    BackDown,
    WarStart,
    WarEnd,
    Preemption,
    Enforcement,
    AllianceFormed,
    AllianceLeft,
    GuaranteeGiven,
    GuaranteeInvoked,
    ChainGang,
    BuckPass,
    DeterrenceBackfire,
    TechnologyChange,
    LeaderChange,
    Concession,
    PreventiveWar,
}
