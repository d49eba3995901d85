namespace SecurityDilemma.Analysis.Diagnosis;

/// <summary>The verdict words shared by the aspects.</summary>
public static class Verdicts
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Undecided = "undecided";
}
