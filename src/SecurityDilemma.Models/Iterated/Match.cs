using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated;

/// <summary>Plays one match of the iterated Prisoner's Dilemma between two strategy instances (Axelrod-Python's Match).</summary>
/// <remarks>
/// Each turn both players decide on the same history (simultaneous moves), then noise may flip each move, then
/// both moves are recorded and scored. Randomness: the match seed is split by <see cref="SeedTree"/> into four
/// independent streams (length, noise, player A, player B), so one player's draws never shift the other's.
/// </remarks>
public static class Match
{
    /// <summary>The stream indices below a match seed.</summary>
    private const ulong LengthStream = 0, NoiseStream = 1, PlayerAStream = 2, PlayerBStream = 3;

    /// <summary>Plays <paramref name="a"/> against <paramref name="b"/> and keeps both histories.</summary>
    public static MatchResult Play(IStrategy a, IStrategy b, MatchSettings settings, ulong seed)
    {
        settings.Validate();
        var length = Length(settings, seed);
        var movesA = new Move[length];
        var movesB = new Move[length];
        var outcome = PlayInto(a, b, settings, seed, length, movesA, movesB);
        return new MatchResult(a.Name, b.Name, movesA, movesB, outcome, seed);
    }

    /// <summary>The number of turns the match with <paramref name="seed"/> lasts: fixed, or geometric when <see cref="MatchSettings.ProbEnd"/> is set.</summary>
    /// <remarks>P(L = n) = w^(n-1) (1 - w) with w = 1 - ProbEnd, sampled by inversion: L = 1 + floor(ln U / ln w), capped at MaxTurns.</remarks>
    public static int Length(MatchSettings settings, ulong seed)
    {
        if (settings.ProbEnd is not { } p)
        {
            return settings.Turns;
        }

        if (p >= 1)
        {
            return 1;
        }

        var rng = new Xoshiro256(SeedTree.Derive(seed, LengthStream));
        var u = 1.0 - rng.NextDouble();
        var extra = Math.Floor(Math.Log(u) / Math.Log(1 - p));
        return (int)Math.Min(1 + extra, settings.MaxTurns);
    }

    /// <summary>
    /// Plays a match of <paramref name="length"/> turns into caller-owned buffers (at least that long), allocating
    /// nothing per turn; the tournament reuses the buffers from match to match. Settings are not re-validated.
    /// </summary>
    public static MatchOutcome PlayInto(IStrategy a, IStrategy b, MatchSettings settings, ulong seed, int length, Span<Move> movesA, Span<Move> movesB)
    {
        if (movesA.Length < length || movesB.Length < length)
        {
            throw new ArgumentException($"history buffers hold fewer than {length} moves");
        }

        var game = settings.Payoffs;
        var noise = settings.Noise;
        int? announced = settings.ProbEnd is null && settings.RevealLength ? length : null;
        var noiseRng = new Xoshiro256(SeedTree.Derive(seed, NoiseStream));
        var rngA = new Xoshiro256(SeedTree.Derive(seed, PlayerAStream));
        var rngB = new Xoshiro256(SeedTree.Derive(seed, PlayerBStream));
        int defectionsA = 0, defectionsB = 0;
        double scoreA = 0, scoreB = 0;
        for (var t = 0; t < length; t++)
        {
            ReadOnlySpan<Move> historyA = movesA[..t];
            ReadOnlySpan<Move> historyB = movesB[..t];
            var moveA = a.Decide(new MatchState(historyA, historyB, game, announced, defectionsA, defectionsB), ref rngA);
            var moveB = b.Decide(new MatchState(historyB, historyA, game, announced, defectionsB, defectionsA), ref rngB);
            if (noise > 0)
            {
                if (noiseRng.NextDouble() < noise)
                {
                    moveA = moveA.Flip();
                }

                if (noiseRng.NextDouble() < noise)
                {
                    moveB = moveB.Flip();
                }
            }

            movesA[t] = moveA;
            movesB[t] = moveB;
            defectionsA += (int)moveA;
            defectionsB += (int)moveB;
            scoreA += game.Payoff(moveA, moveB);
            scoreB += game.Payoff(moveB, moveA);
        }

        return new MatchOutcome(length, scoreA, scoreB, length - defectionsA, length - defectionsB);
    }
}
