using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Plays a fixed sequence of moves over and over, ignoring the opponent (also a scripted opponent for tests).</summary>
/// <remarks>Its move depends on the turn number, so its memory depth is unbounded.</remarks>
public sealed class Cycler : IStrategy
{
    private static readonly Classifier Info = new(null, Stochastic: false);
    private readonly Move[] _cycle;

    /// <summary>A cycler over <paramref name="cycle"/>, e.g. "CCD".</summary>
    public Cycler(string cycle, string? name = null, string source = "Mittal & Deb 2009 (Cycler)")
    {
        _cycle = Moves.Parse(cycle);
        if (_cycle.Length == 0)
        {
            throw new ArgumentException("a cycle needs at least one move", nameof(cycle));
        }

        Name = name ?? $"Cycler {Moves.Format(_cycle)}";
        Source = source;
    }

    public string Name { get; }

    public Classifier Classifier => Info;

    public string Source { get; }

    public Move Decide(MatchState state, ref Xoshiro256 random) => _cycle[state.Turn % _cycle.Length];
}
