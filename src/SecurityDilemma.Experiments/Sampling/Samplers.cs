namespace SecurityDilemma.Experiments.Sampling;

/// <summary>The samplers a sweep file can name in <c>sampling:</c> (see <see cref="ISampler"/> to add one).</summary>
public static class Samplers
{
    /// <summary>Every sampler by name.</summary>
    public static IReadOnlyDictionary<string, ISampler> All { get; } = new ISampler[]
    {
        new GridSampler(),
        new RandomSampler(),
        new LatinHypercubeSampler(),
    }.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The names, in the order documented.</summary>
    public static IReadOnlyList<string> Names { get; } = ["grid", "random", "latin_hypercube"];
}
