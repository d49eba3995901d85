namespace SecurityDilemma.Models.Iterated;

/// <summary>The course of a Moran process.</summary>
/// <param name="Names">The strategy types, in entry order.</param>
/// <param name="History">Population counts per type: [0] is the initial population, [s] the counts after step s.</param>
/// <param name="Winner">The type that took over the whole population, or null if none did within the step limit.</param>
/// <param name="Steps">How many birth-death steps were taken.</param>
public sealed record MoranResult(IReadOnlyList<string> Names, IReadOnlyList<int[]> History, string? Winner, int Steps)
{
    /// <summary>The final counts per type.</summary>
    public IReadOnlyList<int> Final => History[^1];
}
