namespace SecurityDilemma.Experiments.Sweeps;

/// <summary>
/// A parsed and structurally checked sweep file (docs/sweep-format.md). The scenario side (paths exist,
/// values are valid) is checked when it is turned into a plan (<see cref="Execution.SweepPlan.Build"/>).
/// </summary>
public sealed record SweepDefinition
{
    /// <summary>The sweep file as given (used in messages).</summary>
    public required string Source { get; init; }

    /// <summary>The file's full text, stored in the results database.</summary>
    public required string Text { get; init; }

    /// <summary>Directory that relative scenario paths are resolved against.</summary>
    public required string Directory { get; init; }

    public required string Name { get; init; }

    /// <summary>The base scenario as written (relative to the sweep file), or null when a <c>scenario</c> parameter chooses it.</summary>
    public string? Base { get; init; }

    public int BaseLine { get; init; }

    public int BaseColumn { get; init; }

    /// <summary>Master seed: the root of every run's seed (<see cref="Seeds.RunSeeds"/>).</summary>
    public required ulong Seed { get; init; }

    public required int Replications { get; init; }

    /// <summary>Sampler name (<see cref="Sampling.Samplers"/>): grid, random or latin_hypercube.</summary>
    public required string Sampling { get; init; }

    /// <summary>Sample size for random and Latin-hypercube sampling; null for a grid.</summary>
    public int? Samples { get; init; }

    public required IReadOnlyList<SweepParameter> Parameters { get; init; }

    /// <summary>Metrics kept in the runs table, in <see cref="Engine.RunMetrics.Names"/> order.</summary>
    public required IReadOnlyList<string> Metrics { get; init; }

    /// <summary>Keep per-year, per-state series in the <c>series</c> table.</summary>
    public bool Series { get; init; }

    /// <summary>Fixed <c>--set</c> overrides applied to every point before the varied ones (e.g. <c>years: 50</c>).</summary>
    public IReadOnlyList<FixedOverride> Fixed { get; init; } = [];
}
