namespace SecurityDilemma.Models.Iterated;

/// <summary>
/// What a strategy sees when it decides: both histories so far (moves as actually played, after noise),
/// the payoffs, and the match length if it was announced. A view over the match's arrays: nothing is copied.
/// </summary>
public readonly ref struct MatchState
{
    /// <summary>A view over <paramref name="own"/> and <paramref name="opponent"/> (equal lengths); the defection counts are computed here.</summary>
    public MatchState(ReadOnlySpan<Move> own, ReadOnlySpan<Move> opponent, PrisonersDilemma game, int? length)
        : this(own, opponent, game, length, Count(own, Move.D), Count(opponent, Move.D))
    {
    }

    /// <summary>A view with defection counts already kept by the caller (the match loop keeps them incrementally).</summary>
    public MatchState(ReadOnlySpan<Move> own, ReadOnlySpan<Move> opponent, PrisonersDilemma game, int? length, int ownDefections, int opponentDefections)
    {
        if (own.Length != opponent.Length)
        {
            throw new ArgumentException("both histories must have the same length", nameof(opponent));
        }

        Own = own;
        Opponent = opponent;
        Game = game;
        Length = length;
        OwnDefections = ownDefections;
        OpponentDefections = opponentDefections;
    }

    /// <summary>This strategy's moves so far, oldest first.</summary>
    public ReadOnlySpan<Move> Own { get; }

    /// <summary>The opponent's moves so far, oldest first.</summary>
    public ReadOnlySpan<Move> Opponent { get; }

    /// <summary>The payoffs.</summary>
    public PrisonersDilemma Game { get; }

    /// <summary>The number of turns in the match when it is announced; null when the length is hidden or probabilistic.</summary>
    public int? Length { get; }

    /// <summary>The 0-based index of the turn being decided (= rounds played so far).</summary>
    public int Turn => Own.Length;

    public int OwnDefections { get; }

    public int OpponentDefections { get; }

    public int OwnCooperations => Own.Length - OwnDefections;

    public int OpponentCooperations => Opponent.Length - OpponentDefections;

    /// <summary>The opponent's last move; only valid when <see cref="Turn"/> &gt; 0.</summary>
    public Move OpponentLast => Opponent[^1];

    /// <summary>This strategy's last move; only valid when <see cref="Turn"/> &gt; 0.</summary>
    public Move OwnLast => Own[^1];

    private static int Count(ReadOnlySpan<Move> moves, Move move)
    {
        var n = 0;
        foreach (var m in moves)
        {
            if (m == move)
            {
                n++;
            }
        }

        return n;
    }
}
