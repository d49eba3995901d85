namespace SecurityDilemma.Models.Iterated;

/// <summary>Axelrod's collective-stability results for Tit For Tat in the iterated game with continuation probability w.</summary>
public static class CollectiveStability
{
    /// <summary>The smallest w at which Tit For Tat is collectively stable.</summary>
    /// <remarks>
    /// Axelrod (1984, Proposition 2): TFT is collectively stable iff w &gt;= max((T - R)/(T - P), (T - R)/(R - S)).
    /// The first term keeps Always Defect out, the second the alternation D, C, D, C, ... With 3, 5, 0, 1 it is
    /// max(1/2, 2/3) = 2/3.
    /// </remarks>
    public static double TitForTatThreshold(PrisonersDilemma game) =>
        Math.Max((game.T - game.R) / (game.T - game.P), (game.T - game.R) / (game.R - game.S));

    /// <summary>True when Tit For Tat is collectively stable at continuation probability <paramref name="w"/>.</summary>
    public static bool IsTitForTatStable(PrisonersDilemma game, double w) => w >= TitForTatThreshold(game);

    /// <summary>Expected total payoff of Tit For Tat against itself: R / (1 - w) (Axelrod 1984).</summary>
    public static double TitForTatVersusItself(PrisonersDilemma game, double w) => game.R / (1 - w);

    /// <summary>Expected total payoff of Always Defect against Tit For Tat: T + w P / (1 - w) (Axelrod 1984).</summary>
    public static double AlwaysDefectVersusTitForTat(PrisonersDilemma game, double w) => game.T + (w * game.P / (1 - w));
}
