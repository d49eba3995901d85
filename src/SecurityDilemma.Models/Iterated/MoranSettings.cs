namespace SecurityDilemma.Models.Iterated;

/// <summary>How a Moran process is run.</summary>
/// <param name="Match">How the matches that set fitness are played.</param>
/// <param name="Seed">The master seed (selection draws and match seeds derive from it).</param>
/// <param name="MaxSteps">Stop after this many birth-death steps even without fixation.</param>
public sealed record MoranSettings(MatchSettings Match, ulong Seed = 0, int MaxSteps = 100_000)
{
    /// <summary>Checks every field and throws an <see cref="InputException"/> naming the option at fault.</summary>
    public void Validate()
    {
        Match.Validate();
        if (MaxSteps <= 0)
        {
            throw new InputException("--max-steps", null, null, "", $"{MaxSteps}", "a positive number of steps");
        }
    }
}
