namespace SecurityDilemma.Scenarios.Tree;

/// <summary>
/// Reads a YAML input file's text through the input gate (<see cref="InputFile"/>: a regular file, within the size limit, strict
/// UTF-8 without control bytes), reporting every failure as a <see cref="ScenarioException"/>.
/// </summary>
internal static class YamlFile
{
    /// <summary>The text of <paramref name="path"/>; every failure names <paramref name="what"/> (e.g. "scenario file") and an <paramref name="example"/> path.</summary>
    public static string ReadText(string path, string what, string example)
    {
        try
        {
            return InputFile.ReadText(path, $"a {what}, e.g. {example}", Limits.MaxFileBytes);
        }
        catch (InputException e) when (e is not ScenarioException)
        {
            throw new ScenarioException(e.Source, e.Line, e.Column, e.Field, e.Problem, e.Expected);
        }
    }
}
