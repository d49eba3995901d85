namespace SecurityDilemma.Models.Games;

/// <summary>
/// An isolated Nash equilibrium: the probabilities with which row and column cooperate and the
/// expected payoffs they get.
/// </summary>
public sealed record Equilibrium(double RowCooperation, double ColumnCooperation, double RowPayoff, double ColumnPayoff, EquilibriumKind Kind)
{
    /// <summary>"CC", "DD", "CD", "DC" for pure equilibria (row's move first), "mixed" otherwise.</summary>
    public string Label => Kind == EquilibriumKind.Pure
        ? $"{(RowCooperation == 1 ? 'C' : 'D')}{(ColumnCooperation == 1 ? 'C' : 'D')}"
        : "mixed";
}
