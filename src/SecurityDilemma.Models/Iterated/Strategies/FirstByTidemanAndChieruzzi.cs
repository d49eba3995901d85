using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>
/// Tideman and Chieruzzi: Tit For Tat whose punishment grows by one defection with each run of the opponent's
/// defections; gives the opponent a "fresh start" (two cooperations, then forgets) under strict conditions; defects
/// on the last two moves.
/// </summary>
/// <remarks>
/// Axelrod (1980): a fresh start is given if the opponent is 10 or more points behind, has not just started a run
/// of defections, at least 20 moves have passed since the last fresh start, at least 10 moves remain, and its
/// number of defections differs from a 50-50 random split by at least 3 standard deviations. Implemented as
/// Axelrod-Python's FirstByTidemanAndChieruzzi; with an unannounced length the moves-remaining test always
/// passes and the last-moves rule never fires.
/// </remarks>
public sealed class FirstByTidemanAndChieruzzi : IStrategy
{
    private static readonly Classifier Info = new(null, Stochastic: false, UsesLength: true, UsesGame: true);
    private int _retaliationLength;
    private int _retaliationRemaining;
    private double _ownScore;
    private double _opponentScore;
    private int _lastFreshStart;
    private bool _secondFreshCooperation;
    private int _rememberedDefections;

    public string Name => "First by Tideman and Chieruzzi";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1980, first tournament (Tideman & Chieruzzi), 2nd";

    public Move Decide(MatchState state, ref Xoshiro256 random)
    {
        var move = Choose(state);
        return state.Length is { } length && state.Turn >= length - 2 ? Move.D : move;
    }

    private Move Choose(MatchState state)
    {
        if (state.Turn == 0)
        {
            return Move.C;
        }

        var opponentLast = state.OpponentLast;
        if (opponentLast == Move.D)
        {
            _rememberedDefections++;
        }

        _ownScore += state.Game.Payoff(state.OwnLast, opponentLast);
        _opponentScore += state.Game.Payoff(opponentLast, state.OwnLast);

        if (_secondFreshCooperation)
        {
            _secondFreshCooperation = false;
            return Move.C;
        }

        var round = state.Turn + 1;
        var freshStartAllowed = _lastFreshStart == 0 || round - _lastFreshStart >= 20;
        if (freshStartAllowed)
        {
            var pointsAhead = _ownScore - _opponentScore >= 10;
            var roundsLeft = state.Length is not { } length || length - round >= 10;
            if (pointsAhead && roundsLeft && opponentLast == Move.C)
            {
                var n = (double)state.Turn;
                var sd = Math.Sqrt(n) / 2;
                if (_rememberedDefections <= (n / 2) - (3 * sd) || _rememberedDefections >= (n / 2) + (3 * sd))
                {
                    _lastFreshStart = round;
                    _retaliationLength = 0;
                    _retaliationRemaining = 0;
                    _rememberedDefections = 0;
                    _secondFreshCooperation = true;
                    return Move.C;
                }
            }
        }

        if (_retaliationRemaining > 0)
        {
            _retaliationRemaining--;
            return Move.D;
        }

        if (opponentLast == Move.D)
        {
            _retaliationLength++;
            _retaliationRemaining = _retaliationLength - 1;
            return Move.D;
        }

        return Move.C;
    }
}
