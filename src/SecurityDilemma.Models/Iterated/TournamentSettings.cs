namespace SecurityDilemma.Models.Iterated;

/// <summary>How a round-robin tournament is run.</summary>
/// <param name="Match">How each match is played.</param>
/// <param name="Repetitions">How many times each pair plays (each repetition with its own seed).</param>
/// <param name="Seed">The master seed; every match seed is derived from it and the match's identity.</param>
/// <param name="SelfPlay">Whether each strategy also plays a copy of itself, as in Axelrod (1980).</param>
/// <param name="MaxDegreeOfParallelism">Worker threads (-1: as many as the machine has). Results do not depend on it.</param>
public sealed record TournamentSettings(MatchSettings Match, int Repetitions = 10, ulong Seed = 0, bool SelfPlay = true, int MaxDegreeOfParallelism = -1)
{
    /// <summary>Checks every field and throws an <see cref="InputException"/> naming the option at fault.</summary>
    public void Validate()
    {
        Match.Validate();
        if (Repetitions <= 0)
        {
            throw new InputException("--repetitions", null, null, "", $"{Repetitions} repetitions", "a positive number");
        }
    }
}
