using SecurityDilemma.Experiments.Sweeps;

namespace SecurityDilemma.Experiments.Sampling;

/// <summary>
/// Chooses the points of a sweep: one value per varied parameter for each point, in a fixed order that
/// defines each point's id (its index), and so its seeds. Never depends on threads or execution order.
/// </summary>
/// <remarks>
/// To add a sampler:
/// 1. implement this interface in a new file in this folder (pure: same parameters, samples and seed give the same list;
///    draw randomness only from a <see cref="Models.Randomness.Xoshiro256"/> seeded with the given seed);
/// 2. add it to <see cref="Samplers.All"/> under its snake_case name (that name is the sweep file's <c>sampling:</c> value);
/// 3. add the name to the <c>sampling</c> enum in docs/sweep.schema.json and describe it in docs/sweep-format.md;
/// 4. add a test in tests/SecurityDilemma.Experiments.Tests/Sampling/ for the property that defines it.
/// Ranges map a unit coordinate u in [0, 1) to a value with <see cref="SweepParameter.ValueAt"/>; value lists map it to an entry.
/// </remarks>
public interface ISampler
{
    /// <summary>The sweep file's <c>sampling:</c> value.</summary>
    string Name { get; }

    /// <summary>The points, each an array of values in the order of <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The varied parameters, already checked by the loader.</param>
    /// <param name="samples">The sample size (null for samplers that enumerate, like the grid).</param>
    /// <param name="seed">Seed for any randomness, derived from the master seed (<see cref="Seeds.RunSeeds.Sampling"/>).</param>
    IReadOnlyList<string[]> Sample(IReadOnlyList<SweepParameter> parameters, int? samples, ulong seed);
}
