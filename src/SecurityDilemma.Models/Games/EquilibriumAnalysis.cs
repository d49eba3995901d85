namespace SecurityDilemma.Models.Games;

/// <summary>
/// Every Nash equilibrium of a 2x2 game: the point equilibria (pure and mixed) and, when the game is
/// degenerate, the continua. <see cref="Degeneracies"/> says which ties make the game degenerate.
/// </summary>
public sealed record EquilibriumAnalysis(
    IReadOnlyList<Equilibrium> Equilibria,
    IReadOnlyList<EquilibriumContinuum> Continua,
    bool IsDegenerate,
    IReadOnlyList<string> Degeneracies);
