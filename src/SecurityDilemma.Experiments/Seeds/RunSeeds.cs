using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Experiments.Seeds;

/// <summary>
/// Seeds of a sweep, all derived from its master seed and an identity, never from execution order, so any thread
/// count, shard split or resume draws exactly what one serial run draws.
/// </summary>
public static class RunSeeds
{
    /// <summary>Index under the master seed reserved for the sampler (point ids start at 0, so this cannot collide).</summary>
    private const ulong SamplingBranch = ulong.MaxValue;

    /// <summary>The seed of replicate <paramref name="replicate"/> at point <paramref name="pointId"/>: SeedTree.Derive(master, [point_id, replicate]).</summary>
    public static ulong Run(ulong master, long pointId, int replicate)
        => SeedTree.Derive(master, [(ulong)pointId, (ulong)replicate]);

    /// <summary>The seed the sampler draws points with.</summary>
    public static ulong Sampling(ulong master) => SeedTree.Derive(master, SamplingBranch);

    /// <summary>The run id of (point, replicate): point_id * replications + replicate, dense from 0.</summary>
    public static long RunId(long pointId, int replicate, int replications) => (pointId * replications) + replicate;
}
