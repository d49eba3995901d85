namespace SecurityDilemma.Models.Combat;

/// <summary>
/// The outcome of a Lanchester battle: who is left (<see cref="Winner"/> "A", "B" or "draw"), after how long,
/// how many survive on each side, and the law's invariant at start and end (<see cref="InvariantDrift"/> is their
/// difference relative to the battle's scale, a check on the integration).
/// </summary>
public sealed record LanchesterBattle(
    LanchesterLaw Law,
    string Winner,
    double Duration,
    double SurvivorsA,
    double SurvivorsB,
    double InvariantStart,
    double InvariantEnd,
    double InvariantDrift,
    int Steps);
