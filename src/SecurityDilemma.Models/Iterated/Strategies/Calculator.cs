using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>
/// Plays Joss for the first 20 moves; then, if the opponent's first 20 moves were one short cycle repeated
/// (period 1 to 10), defects for ever, otherwise plays Tit For Tat.
/// </summary>
/// <remarks>As Axelrod-Python's Calculator (detect_cycle over the opponent's history at turn 20).</remarks>
public sealed class Calculator : IStrategy
{
    private static readonly Classifier Info = new(null, Stochastic: true);
    private readonly MemoryOneStrategy _joss = MemoryOneStrategy.FirstByJoss();
    private bool _cycleFound;

    public string Name => "Calculator";

    public Classifier Classifier => Info;

    public string Source => "LIFL PRISON 1998 (Calculator)";

    public Move Decide(MatchState state, ref Xoshiro256 random)
    {
        if (state.Turn < 20)
        {
            return _joss.Decide(state, ref random);
        }

        if (state.Turn == 20)
        {
            _cycleFound = HasCycle(state.Opponent, maxPeriod: 10);
        }

        return _cycleFound ? Move.D : state.OpponentLast;
    }

    /// <summary>True when <paramref name="history"/> is a cycle of period at most <paramref name="maxPeriod"/> (and at most half its length) repeated.</summary>
    internal static bool HasCycle(ReadOnlySpan<Move> history, int maxPeriod)
    {
        var largest = Math.Min(history.Length / 2, maxPeriod);
        for (var period = 1; period <= largest; period++)
        {
            var repeats = true;
            for (var i = period; i < history.Length && repeats; i++)
            {
                repeats = history[i] == history[i % period];
            }

            if (repeats)
            {
                return true;
            }
        }

        return false;
    }
}
