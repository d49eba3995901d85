using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Engine;

/// <summary>How a war ended.</summary>
internal enum WarEnding : byte
{
    Ongoing,
    Victory,
    Exhaustion,
    Settlement,
    Enforcement,
}

/// <summary>A war in the engine's own bookkeeping (a value type kept in a pooled array; see <see cref="WarRecord"/> for the public record).</summary>
internal struct WarState
{
    public int Attacker;
    public int Defender;

    /// <summary>The attacker's dyad edge toward the defender (its border's defensibility applies).</summary>
    public int Edge;

    public int Start;
    public int End;
    public bool Preemptive;
    public WarEnding Ending;

    /// <summary>Index of the winning state, or -1.</summary>
    public int Winner;

    public double AttackerForcesBefore;
    public double DefenderForcesBefore;

    /// <summary>The war's own random stream (seed tree: run seed / 2 / war ordinal).</summary>
    public Xoshiro256 Rng;
}
