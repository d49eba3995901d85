using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>
/// A zero-determinant (linear-relation) memory-one strategy: it enforces s (pi_X - l) = pi_Y - l between the
/// long-run payoffs of itself (X) and its opponent (Y), whatever the opponent does.
/// </summary>
/// <remarks>
/// Press &amp; Dyson (2012); parameterization of Hilbe, Nowak &amp; Sigmund (2013, eq. 14), as in Axelrod-Python:
/// p_CC = 1 - phi (1 - s)(R - l), p_CD = 1 - phi (s (l - S) + (T - l)), p_DC = phi ((l - S) + s (T - l)),
/// p_DD = phi (1 - s)(l - P). Extort-2 (l = P, s = 1/2, phi = 1/9) gives (8/9, 1/2, 1/3, 0) and ZD-GTFT-2
/// (l = R, s = 1/2, phi = 1/4) gives (1, 1/8, 1, 1/4) with Axelrod's payoffs (Stewart &amp; Plotkin 2012).
/// The baseline l is read from the game at match time, so the vector follows the payoffs.
/// </remarks>
public sealed class ZeroDeterminantStrategy : IStrategy
{
    private readonly double _phi;
    private readonly double _slope;
    private readonly Func<PrisonersDilemma, double> _baseline;
    private PrisonersDilemma? _game;
    private double[] _p = [];

    /// <summary>A linear-relation strategy with the given phi, slope s and baseline l (a function of the payoffs).</summary>
    public ZeroDeterminantStrategy(string name, string source, double phi, double slope, Func<PrisonersDilemma, double> baseline)
    {
        Name = name;
        Source = source;
        _phi = phi;
        _slope = slope;
        _baseline = baseline;
    }

    public string Name { get; }

    public Classifier Classifier { get; } = new(1, Stochastic: true, UsesGame: true);

    public string Source { get; }

    /// <summary>Extort-2: l = P, s = 1/2, phi = 1/9 (Stewart &amp; Plotkin 2012).</summary>
    public static ZeroDeterminantStrategy Extort2() => new("ZD-Extort-2", "Stewart & Plotkin 2012 (Extort-2); Press & Dyson 2012", 1.0 / 9.0, 0.5, g => g.P);

    /// <summary>ZD-GTFT-2: l = R, s = 1/2, phi = 1/4 (Stewart &amp; Plotkin 2012).</summary>
    public static ZeroDeterminantStrategy GenerousTitForTat2() => new("ZD-GTFT-2", "Stewart & Plotkin 2012 (ZDGTFT-2)", 0.25, 0.5, g => g.R);

    /// <summary>The four-vector (p_CC, p_CD, p_DC, p_DD) for <paramref name="game"/>.</summary>
    public double[] FourVector(PrisonersDilemma game)
    {
        var (r, t, s, p) = (game.R, game.T, game.S, game.P);
        var l = _baseline(game);
        double[] v =
        [
            1 - (_phi * (1 - _slope) * (r - l)),
            1 - (_phi * ((_slope * (l - s)) + (t - l))),
            _phi * ((l - s) + (_slope * (t - l))),
            _phi * (1 - _slope) * (l - p),
        ];
        foreach (var x in v)
        {
            if (!(x >= -1e-12 && x <= 1 + 1e-12))
            {
                throw new InputException(Name, null, null, "payoffs", $"these payoffs give a cooperation probability {x:G4} outside [0, 1]", "payoffs for which this zero-determinant strategy is enforceable");
            }
        }

        return [.. v.Select(x => Math.Clamp(x, 0, 1))];
    }

    public Move Decide(MatchState state, ref Xoshiro256 random)
    {
        if (!ReferenceEquals(_game, state.Game))
        {
            _game = state.Game;
            _p = FourVector(state.Game);
        }

        return state.Turn == 0 ? Move.C : MemoryOneStrategy.Draw(_p[((int)state.OwnLast * 2) + (int)state.OpponentLast], ref random);
    }
}
