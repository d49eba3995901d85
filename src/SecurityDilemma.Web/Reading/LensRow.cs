using SecurityDilemma.Models.Statistics;

namespace SecurityDilemma.Web.Reading;

/// <summary>One lens's outcomes on a world (<see cref="Lens"/> "none": the world as it is), with what the lens assumes.</summary>
internal sealed record LensRow(
    string Lens,
    string Title,
    string? Source,
    string? Assumes,
    Estimate WarRate,
    Estimate WarsPerRun,
    Estimate TragicWarRate,
    Estimate MeanMilitaryBurden,
    Estimate FinalMeanTrust);
