namespace SecurityDilemma.Models.Randomness;

/// <summary>
/// Derives independent seeds from a master seed and an identity (scenario, point, replicate, state, ...),
/// never from execution order, so parallel and sharded runs draw exactly what a serial run draws.
/// </summary>
public static class SeedTree
{
    /// <summary>SplitMix64 (Steele, Lea &amp; Flood 2014): advances <paramref name="state"/> and returns a well-mixed word.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The child seed of <paramref name="parent"/> at position <paramref name="index"/>.</summary>
    public static ulong Derive(ulong parent, ulong index)
    {
        var state = parent ^ (index * 0xD1B54A32D192ED03UL);
        _ = SplitMix64(ref state);
        return SplitMix64(ref state);
    }

    /// <summary>The seed at a path of indices below <paramref name="root"/>, e.g. (point, replicate).</summary>
    public static ulong Derive(ulong root, ReadOnlySpan<ulong> path)
    {
        var seed = root;
        foreach (var index in path)
        {
            seed = Derive(seed, index);
        }

        return seed;
    }

    /// <summary>A stable 64-bit hash of a string (FNV-1a), for deriving seeds from names.</summary>
    public static ulong Hash(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h ^= c;
            h *= 1099511628211UL;
        }

        return h;
    }
}
