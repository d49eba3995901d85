using SecurityDilemma.Models.Randomness;
using SecurityDilemma.Models.Statistics;

namespace SecurityDilemma.Models.Iterated;

/// <summary>A round-robin tournament with repetitions (Axelrod 1980; Axelrod-Python's Tournament).</summary>
/// <remarks>
/// Every pair (i &lt; j, and i = j with self-play) plays <see cref="TournamentSettings.Repetitions"/> matches. Match
/// seeds come from the master seed and the match's identity, SeedTree(master, [hash(name_i), hash(name_j), r]),
/// never from execution order, and each match writes to its own slot; the sums are then taken serially in a
/// fixed order. So results are bit-identical for any thread count.
/// </remarks>
public static class Tournament
{
    /// <summary>Plays the tournament among fresh instances from <paramref name="players"/> (names must be unique).</summary>
    /// <remarks><paramref name="matchPlayed"/>, when given, is called after every match (from worker threads): progress only, never results.</remarks>
    public static TournamentResult Run(IReadOnlyList<Func<IStrategy>> players, TournamentSettings settings, CancellationToken cancellationToken = default, Action? matchPlayed = null)
    {
        settings.Validate();
        if (players.Count == 0)
        {
            throw new InputException("--strategies", null, null, "", "no strategies", "at least one strategy");
        }

        var names = players.Select(p => p().Name).ToArray();
        var duplicate = names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InputException("--strategies", null, null, "", $"'{duplicate.Key}' is entered twice", "each strategy once");
        }

        var n = names.Length;
        var reps = settings.Repetitions;
        var jobs = new List<(int A, int B, int Rep, ulong Seed)>(MatchCount(n, reps, settings.SelfPlay));
        for (var i = 0; i < n; i++)
        {
            for (var j = settings.SelfPlay ? i : i + 1; j < n; j++)
            {
                for (var r = 0; r < reps; r++)
                {
                    jobs.Add((i, j, r, SeedTree.Derive(settings.Seed, [SeedTree.Hash(names[i]), SeedTree.Hash(names[j]), (ulong)r])));
                }
            }
        }

        var outcomes = new MatchOutcome[jobs.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(
            0,
            jobs.Count,
            options,
            () => new Buffers(),
            (k, _, buffers) =>
            {
                var (a, b, _, seed) = jobs[k];
                var length = Match.Length(settings.Match, seed);
                buffers.Ensure(length);
                outcomes[k] = Match.PlayInto(players[a](), players[b](), settings.Match, seed, length, buffers.A, buffers.B);
                matchPlayed?.Invoke();
                return buffers;
            },
            _ => { });

        return Summarize(names, jobs, outcomes, settings);
    }

    /// <summary>How many matches a tournament of <paramref name="players"/> strategies plays.</summary>
    public static int MatchCount(int players, int repetitions, bool selfPlay) =>
        checked((selfPlay ? players * (players + 1) / 2 : players * (players - 1) / 2) * repetitions);

    private static TournamentResult Summarize(string[] names, List<(int A, int B, int Rep, ulong Seed)> jobs, MatchOutcome[] outcomes, TournamentSettings settings)
    {
        var n = names.Length;
        var reps = settings.Repetitions;
        var pairSum = new double[n][];
        var wins = new int[n][];
        var repSum = new double[n, reps];
        var repCount = new int[n, reps];
        var cooperations = new long[n];
        var moves = new long[n];
        for (var i = 0; i < n; i++)
        {
            pairSum[i] = new double[n];
            wins[i] = new int[n];
        }

        var records = new MatchRecord[jobs.Count];
        for (var k = 0; k < jobs.Count; k++)
        {
            var (a, b, r, seed) = jobs[k];
            var o = outcomes[k];
            records[k] = new MatchRecord(a, b, r, seed, o);
            if (a == b)
            {
                var mean = (o.ScorePerTurnA + o.ScorePerTurnB) / 2;
                pairSum[a][a] += mean;
                repSum[a, r] += mean;
                repCount[a, r]++;
                cooperations[a] += o.CooperationsA + o.CooperationsB;
                moves[a] += 2L * o.Turns;
                continue;
            }

            pairSum[a][b] += o.ScorePerTurnA;
            pairSum[b][a] += o.ScorePerTurnB;
            repSum[a, r] += o.ScorePerTurnA;
            repSum[b, r] += o.ScorePerTurnB;
            repCount[a, r]++;
            repCount[b, r]++;
            cooperations[a] += o.CooperationsA;
            cooperations[b] += o.CooperationsB;
            moves[a] += o.Turns;
            moves[b] += o.Turns;
            if (o.ScoreA > o.ScoreB)
            {
                wins[a][b]++;
            }
            else if (o.ScoreB > o.ScoreA)
            {
                wins[b][a]++;
            }
        }

        var pairwise = new double[n][];
        for (var i = 0; i < n; i++)
        {
            pairwise[i] = new double[n];
            for (var j = 0; j < n; j++)
            {
                pairwise[i][j] = i == j && !settings.SelfPlay ? double.NaN : pairSum[i][j] / reps;
            }
        }

        var unranked = new List<Standing>(n);
        for (var i = 0; i < n; i++)
        {
            var perRep = new double[reps];
            for (var r = 0; r < reps; r++)
            {
                perRep[r] = repCount[i, r] == 0 ? double.NaN : repSum[i, r] / repCount[i, r];
            }

            var estimate = Estimate.Mean(perRep);
            var rate = moves[i] == 0 ? double.NaN : (double)cooperations[i] / moves[i];
            unranked.Add(new Standing(0, names[i], estimate.Value, estimate, wins[i].Sum(), rate));
        }

        var ranked = unranked
            .OrderByDescending(s => double.IsNaN(s.MeanScore) ? double.NegativeInfinity : s.MeanScore)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select((s, k) => s with { Rank = k + 1 })
            .ToArray();
        return new TournamentResult(names, ranked, pairwise, wins, records, settings);
    }

    /// <summary>Per-worker history buffers, grown when a longer match comes along.</summary>
    private sealed class Buffers
    {
        public Move[] A { get; private set; } = new Move[256];

        public Move[] B { get; private set; } = new Move[256];

        public void Ensure(int length)
        {
            if (A.Length < length)
            {
                var size = Math.Max(length, A.Length * 2);
                A = new Move[size];
                B = new Move[size];
            }
        }
    }
}
