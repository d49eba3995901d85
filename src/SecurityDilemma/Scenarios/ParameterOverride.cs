namespace SecurityDilemma.Scenarios;

/// <summary>
/// A <c>--set PATH=VALUE</c> override, e.g. <c>technology.distinguishability=0.8</c> or
/// <c>states.Athens.motive=greedy</c>. Paths use the YAML field names; states are addressed by name.
/// </summary>
public readonly record struct ParameterOverride(string Path, string Value)
{
    /// <summary>Parses <c>PATH=VALUE</c>; a missing '=' or empty path is a <see cref="ScenarioException"/>.</summary>
    public static ParameterOverride Parse(string text)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw new ScenarioException("--set", null, null, text, "not of the form PATH=VALUE", "PATH=VALUE, e.g. technology.distinguishability=0.8");
        }

        return new ParameterOverride(text[..eq].Trim(), text[(eq + 1)..].Trim());
    }
}
