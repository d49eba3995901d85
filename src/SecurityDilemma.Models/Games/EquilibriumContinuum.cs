namespace SecurityDilemma.Models.Games;

/// <summary>
/// A continuum of Nash equilibria in a degenerate game: every profile with row cooperating with a
/// probability in <see cref="RowCooperation"/> and column in <see cref="ColumnCooperation"/> is an
/// equilibrium (a segment when one interval is a point, a rectangle when neither is). Endpoints that
/// are pure profiles are also listed among the isolated (pure) equilibria.
/// </summary>
public sealed record EquilibriumContinuum(Interval RowCooperation, Interval ColumnCooperation);
