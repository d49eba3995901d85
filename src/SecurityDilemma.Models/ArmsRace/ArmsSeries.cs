namespace SecurityDilemma.Models.ArmsRace;

/// <summary>Two rivals' (or blocs') yearly arms spending, read from a user's file, with its provenance.</summary>
public sealed record ArmsSeries(string Source, string XName, string YName, IReadOnlyList<double> Years, IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    /// <summary>The summed series U = x + y that Richardson (1960) regressed.</summary>
    public IReadOnlyList<double> Sum => X.Zip(Y, (x, y) => x + y).ToArray();
}
