namespace SecurityDilemma.Models.Iterated;

/// <summary>How a match is played.</summary>
/// <param name="Turns">The number of turns of a fixed-length match (Axelrod 1980: 200).</param>
/// <param name="Noise">The probability that each move is flipped after it is chosen (a trembling hand), in [0, 1].</param>
/// <param name="ProbEnd">
/// When set, the match has a random length: after each turn it ends with this probability (Axelrod-Python's
/// prob_end), so the length is geometric with mean 1/ProbEnd and the continuation probability ("shadow of the
/// future") is w = 1 - ProbEnd. <see cref="Turns"/> is then ignored.
/// </param>
/// <param name="Game">The payoffs; Axelrod's 3, 5, 0, 1 when null.</param>
/// <param name="RevealLength">Whether strategies are told a fixed length (they never are with <see cref="ProbEnd"/>).</param>
/// <param name="MaxTurns">A cap on a random length, so a tiny ProbEnd cannot exhaust memory.</param>
public sealed record MatchSettings(
    int Turns = 200,
    double Noise = 0,
    double? ProbEnd = null,
    PrisonersDilemma? Game = null,
    bool RevealLength = true,
    int MaxTurns = 1_000_000)
{
    /// <summary>The payoffs in force.</summary>
    public PrisonersDilemma Payoffs => Game ?? PrisonersDilemma.Axelrod;

    /// <summary>Checks every field and throws an <see cref="InputException"/> naming the option at fault.</summary>
    public void Validate()
    {
        if (ProbEnd is null && Turns <= 0)
        {
            throw new InputException("--turns", null, null, "", $"{Turns} turns", "a positive number of turns");
        }

        if (!(Noise >= 0 && Noise <= 1))
        {
            throw new InputException("--noise", null, null, "", $"{Noise} is not a probability", "a number in [0, 1]");
        }

        if (ProbEnd is { } p && !(p > 0 && p <= 1))
        {
            throw new InputException("--prob-end", null, null, "", $"{p} is not a usable ending probability", "a number in (0, 1] (0 would never end)");
        }

        if (MaxTurns <= 0)
        {
            throw new InputException("--max-turns", null, null, "", $"{MaxTurns}", "a positive number of turns");
        }

        Payoffs.Validate("--payoffs");
    }
}
