using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>
/// A generic memory-one strategy: the probability of cooperating after each outcome of the last round,
/// (own, opponent) = CC, CD, DC, DD, and on the first move.
/// </summary>
/// <remarks>
/// The four-vector notation of Nowak &amp; Sigmund (1990) and Press &amp; Dyson (2012). Tit For Tat is (1, 0, 1, 0),
/// Win-Stay Lose-Shift (1, 0, 0, 1), Joss (0.9, 0, 0.9, 0). A probability of exactly 0 or 1 draws no random
/// number, so a vector of 0s and 1s is deterministic and classified so.
/// </remarks>
public sealed class MemoryOneStrategy : IStrategy
{
    private readonly double[] _p;
    private readonly double _initial;

    /// <summary>A memory-one strategy named <paramref name="name"/> with the given cooperation probabilities.</summary>
    public MemoryOneStrategy(string name, string source, double pCC, double pCD, double pDC, double pDD, double initial = 1.0)
    {
        double[] all = [pCC, pCD, pDC, pDD, initial];
        foreach (var p in all)
        {
            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(pCC), p, "cooperation probabilities must lie in [0, 1]");
            }
        }

        Name = name;
        Source = source;
        _p = [pCC, pCD, pDC, pDD];
        _initial = initial;
        var stochastic = all.Any(p => p is > 0 and < 1);
        var depth = _p.All(p => p == _p[0]) && _p[0] == initial ? 0 : 1;
        Classifier = new Classifier(depth, stochastic);
    }

    public string Name { get; }

    public Classifier Classifier { get; }

    public string Source { get; }

    /// <summary>The cooperation probabilities after CC, CD, DC, DD (own move first).</summary>
    public IReadOnlyList<double> FourVector => _p;

    /// <summary>Win-Stay Lose-Shift (Pavlov): (1, 0, 0, 1), cooperating first.</summary>
    public static MemoryOneStrategy WinStayLoseShift() =>
        new("Win-Stay Lose-Shift", "Nowak & Sigmund 1993 (Pavlov: Kraines & Kraines 1989)", 1, 0, 0, 1);

    /// <summary>Firm But Fair: (1, 0, 1, 2/3).</summary>
    public static MemoryOneStrategy FirmButFair() =>
        new("Firm But Fair", "Frean 1994", 1, 0, 1, 2.0 / 3.0);

    /// <summary>Joss: Tit For Tat that cooperates only 90% of the time after the opponent cooperates: (0.9, 0, 0.9, 0).</summary>
    public static MemoryOneStrategy FirstByJoss() =>
        new("First by Joss", "Axelrod 1980, first tournament (Joss), 12th", 0.9, 0, 0.9, 0);

    public Move Decide(MatchState state, ref Xoshiro256 random)
    {
        var p = state.Turn == 0 ? _initial : _p[((int)state.OwnLast * 2) + (int)state.OpponentLast];
        return Draw(p, ref random);
    }

    /// <summary>Cooperates with probability <paramref name="p"/>; 0 and 1 draw nothing.</summary>
    internal static Move Draw(double p, ref Xoshiro256 random) => p switch
    {
        >= 1 => Move.C,
        <= 0 => Move.D,
        _ => random.NextDouble() < p ? Move.C : Move.D,
    };
}
