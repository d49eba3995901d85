using SecurityDilemma.Models.Iterated;
using SecurityDilemma.Reports.Runs;

namespace SecurityDilemma.Reports.Tournaments;

/// <summary>
/// Each strategy's score in each repetition of a tournament: its mean payoff per turn averaged over its matches of
/// that repetition (a self-play match counts the mean of the two copies), as <see cref="Tournament"/> ranks them.
/// </summary>
/// <param name="Name">The strategy.</param>
/// <param name="Scores">One score per repetition.</param>
public sealed record StrategyScores(string Name, double[] Scores)
{
    /// <summary>The mean over repetitions (what the ranking orders by).</summary>
    public double Mean => Scores.Where(s => !double.IsNaN(s)).DefaultIfEmpty(double.NaN).Average();

    /// <summary>Per-repetition scores of every strategy, best mean first (ties by name), from a tournament's result.</summary>
    public static IReadOnlyList<StrategyScores> FromResult(TournamentResult result)
        => Collect(result.Names, result.Matches.Select(m => (m.A, m.B, m.Repetition, m.Outcome.Turns, m.Outcome.ScoreA, m.Outcome.ScoreB)));

    /// <summary>The same from the tidy matches file that <c>dilemma tournament --matches FILE</c> writes.</summary>
    public static IReadOnlyList<StrategyScores> FromMatches(TidyTable matches)
    {
        var a = matches.Texts("player_a");
        var b = matches.Texts("player_b");
        var names = a.Concat(b).Distinct(StringComparer.Ordinal).ToArray();
        var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var reps = matches.Numbers("repetition");
        var turns = matches.Numbers("turns");
        var scoreA = matches.Numbers("score_a");
        var scoreB = matches.Numbers("score_b");
        return Collect(names, Enumerable.Range(0, a.Length).Select(k => (index[a[k]], index[b[k]], (int)reps[k], (int)turns[k], scoreA[k], scoreB[k])));
    }

    private static IReadOnlyList<StrategyScores> Collect(IReadOnlyList<string> names, IEnumerable<(int A, int B, int Rep, int Turns, double ScoreA, double ScoreB)> matches)
    {
        var list = matches.ToList();
        var reps = list.Count == 0 ? 0 : list.Max(m => m.Rep) + 1;
        var sum = new double[names.Count, reps];
        var count = new int[names.Count, reps];
        foreach (var (a, b, r, turns, sa, sb) in list)
        {
            if (a == b)
            {
                sum[a, r] += ((sa / turns) + (sb / turns)) / 2;
                count[a, r]++;
                continue;
            }

            sum[a, r] += sa / turns;
            sum[b, r] += sb / turns;
            count[a, r]++;
            count[b, r]++;
        }

        return
        [
            .. names.Select((n, i) => new StrategyScores(n, [.. Enumerable.Range(0, reps).Select(r => count[i, r] == 0 ? double.NaN : sum[i, r] / count[i, r])]))
                .OrderByDescending(s => s.Mean).ThenBy(s => s.Name, StringComparer.Ordinal),
        ];
    }
}
