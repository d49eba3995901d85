namespace SecurityDilemma.Experiments.Data;

/// <summary>
/// One state-year of the Correlates of War National Material Capabilities data (Singer, Bremer &amp; Stuckey 1972;
/// versions 5 to 7). A null is the COW code -9 (missing).
/// </summary>
/// <remarks>
/// Units as published: <see cref="Milex"/> military expenditure in thousands of current-year British pounds before
/// 1914 and thousands of current-year US dollars from 1914 on (so sums across 1913/1914 mix currencies);
/// <see cref="Milper"/> military personnel in thousands; <see cref="Irst"/> iron and steel production in thousands of
/// tons; <see cref="Pec"/> primary energy consumption in thousands of coal-ton equivalents; <see cref="Tpop"/> and
/// <see cref="Upop"/> total and urban population in thousands; <see cref="Cinc"/> the composite index (the state's
/// mean share of the six components in the whole system).
/// </remarks>
public sealed record NmcRecord
{
    public required string StateAbb { get; init; }

    public required int CCode { get; init; }

    public required int Year { get; init; }

    public double? Milex { get; init; }

    public double? Milper { get; init; }

    public double? Irst { get; init; }

    public double? Pec { get; init; }

    public double? Tpop { get; init; }

    public double? Upop { get; init; }

    public double? Cinc { get; init; }

    /// <summary>The release that wrote the row (the optional <c>version</c> column of v6 and v7), else null.</summary>
    public double? Version { get; init; }
}
