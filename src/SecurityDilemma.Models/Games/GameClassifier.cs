namespace SecurityDilemma.Models.Games;

/// <summary>Classifies 2x2 payoff orderings into the families of the security-dilemma literature.</summary>
/// <remarks>
/// A player's family is read from three strict comparisons: its best reply to a cooperator
/// (CC vs DC), its best reply to a defector (CD vs DD), and whether it prefers mutual cooperation to
/// mutual defection (CC vs DD); Chicken also needs CC &gt; CD. The canonical orderings of Jervis (1978)
/// and Snyder (1971), e.g. the Prisoner's Dilemma DC &gt; CC &gt; DD &gt; CD and the Stag Hunt
/// CC &gt; DC &gt; DD &gt; CD, are members of these families; the Prisoner's Dilemma and Chicken families are
/// exactly their canonical orderings. A tie in a deciding comparison gives <see cref="GameType.Other"/>.
/// </remarks>
public static class GameClassifier
{
    /// <summary>The family of one player's ordering.</summary>
    public static GameType Classify(PlayerPayoffs u)
    {
        var cooperateAgainstCooperator = Compare(u.CC, u.DC);
        var cooperateAgainstDefector = Compare(u.CD, u.DD);
        var preferMutualCooperation = Compare(u.CC, u.DD);
        if (cooperateAgainstCooperator == 0 || cooperateAgainstDefector == 0 || preferMutualCooperation == 0)
        {
            return GameType.Other;
        }

        return (cooperateAgainstCooperator > 0, cooperateAgainstDefector > 0, preferMutualCooperation > 0) switch
        {
            (false, false, true) => GameType.PrisonersDilemma,
            (false, false, false) => GameType.Deadlock,
            (true, false, true) => GameType.StagHunt,
            (false, true, _) when u.CC > u.CD => GameType.Chicken,
            (true, true, true) => GameType.Harmony,
            _ => GameType.Other,
        };
    }

    /// <summary>Classifies both players; an asymmetric game reports each player's family.</summary>
    public static GameClassification Classify(TwoByTwoGame game)
    {
        var row = Classify(game.Row);
        var column = Classify(game.Column);
        return new GameClassification(row == column ? row : GameType.Other, row, column, game.Row.Ordering(), game.Column.Ordering(), game.IsSymmetric);
    }

    private static int Compare(double a, double b) => a > b ? 1 : a < b ? -1 : 0;
}
