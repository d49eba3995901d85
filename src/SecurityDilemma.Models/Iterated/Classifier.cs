namespace SecurityDilemma.Models.Iterated;

/// <summary>What a strategy declares about itself (after Axelrod-Python's classifier); the catalogue-wide tests check each claim.</summary>
/// <param name="MemoryDepth">
/// How many of the most recent rounds decide the next move: given the same last k rounds, the strategy plays the
/// same (with the same random draws) whatever came earlier. Null means unbounded (it counts turns or remembers
/// something from further back). 0 means it ignores the history altogether.
/// </param>
/// <param name="Stochastic">True when the strategy draws random numbers; false means the same history always gives the same move.</param>
/// <param name="UsesLength">True when it reads the announced match length (e.g. defects on the last moves).</param>
/// <param name="UsesGame">True when it reads the payoffs (R, T, S, P).</param>
public sealed record Classifier(int? MemoryDepth, bool Stochastic, bool UsesLength = false, bool UsesGame = false)
{
    /// <summary>The memory depth as text: a number or "inf".</summary>
    public string MemoryDepthText => MemoryDepth is { } k ? k.ToString(System.Globalization.CultureInfo.InvariantCulture) : "inf";
}
