namespace SecurityDilemma.Models.Games;

/// <summary>How a player's willingness to cooperate depends on its belief q that the other cooperates.</summary>
public enum CooperationRule
{
    /// <summary>Cooperate iff q &gt;= q* (Stag Hunt and, with q* &gt; 1, a Prisoner's Dilemma where no belief suffices).</summary>
    CooperateIfAtLeast,

    /// <summary>Cooperate iff q &lt;= q* (Chicken: yield only when the other is likely to stand firm).</summary>
    CooperateIfAtMost,

    /// <summary>Cooperation is a best reply to every belief.</summary>
    AlwaysCooperate,

    /// <summary>Defection is a strict best reply to every belief.</summary>
    NeverCooperate,
}
