namespace SecurityDilemma.Engine;

/// <summary>A state's own condition at the end of the last year and what it sees of the states it borders.</summary>
public sealed record StateView(
    int Year,
    int State,
    string Name,
    double Resources,
    double Offense,
    double Defense,
    double Burden,
    double OffenseShare,
    double Threat,
    bool AtWar,
    IReadOnlyList<ObservedState> Neighbours);
