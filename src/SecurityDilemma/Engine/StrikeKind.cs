namespace SecurityDilemma.Engine;

/// <summary>What a state decided to do in a crisis this year.</summary>
internal enum StrikeKind : byte
{
    /// <summary>Attack for gain (its demand was refused).</summary>
    Attack,

    /// <summary>Strike first for fear of being struck (Fearon 1995).</summary>
    Preempt,

    /// <summary>Fight now rather than face a stronger rival later (Powell 2006).</summary>
    Prevent,

    /// <summary>A demand backed by the threat of attack, which the target accepted.</summary>
    Demand,
}
