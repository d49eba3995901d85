using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>
/// Nydegger: Tit For Tat for three moves (defecting on the third if it alone cooperated on the first and alone
/// defected on the second), then a rule on the last three outcomes.
/// </summary>
/// <remarks>
/// Axelrod (1980): A = 16 a_1 + 4 a_2 + a_3 over the last three rounds, most recent first, where a round scores
/// 2 if the opponent defected plus 1 if this rule defected; it defects iff A is in
/// {1, 6, 7, 17, 22, 23, 26, 29, 30, 31, 33, 38, 39, 45, 49, 54, 55, 58, 61}. After three mutual defections
/// A = 63 and it cooperates.
/// </remarks>
public sealed class FirstByNydegger : IStrategy
{
    private static readonly Classifier Info = new(3, Stochastic: false);
    private static readonly HashSet<int> DefectOn = [1, 6, 7, 17, 22, 23, 26, 29, 30, 31, 33, 38, 39, 45, 49, 54, 55, 58, 61];

    public string Name => "First by Nydegger";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1980, first tournament (Nydegger), 3rd";

    public Move Decide(MatchState state, ref Xoshiro256 random)
    {
        switch (state.Turn)
        {
            case 0:
                return Move.C;
            case 1:
                return state.OpponentLast;
            case 2:
                return state.Opponent[0] == Move.D && state.Opponent[1] == Move.C ? Move.D : state.OpponentLast;
        }

        var a = (16 * Outcome(state, 1)) + (4 * Outcome(state, 2)) + Outcome(state, 3);
        return DefectOn.Contains(a) ? Move.D : Move.C;
    }

    private static int Outcome(MatchState state, int back) =>
        (state.Opponent[^back] == Move.D ? 2 : 0) + (state.Own[^back] == Move.D ? 1 : 0);
}
