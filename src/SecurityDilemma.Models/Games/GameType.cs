namespace SecurityDilemma.Models.Games;

/// <summary>The ordinal families of 2x2 games that matter for the security dilemma (see <see cref="GameClassifier"/>).</summary>
public enum GameType
{
    /// <summary>DC &gt; CC &gt; DD &gt; CD: defection dominates, yet both prefer mutual cooperation.</summary>
    PrisonersDilemma,

    /// <summary>CC &gt; DC, DD &gt; CD, CC &gt; DD (canonically CC &gt; DC &gt; DD &gt; CD): cooperate if you trust the other to.</summary>
    StagHunt,

    /// <summary>DC &gt; CC &gt; CD &gt; DD: each wants to defect against a cooperator but to yield to a defector.</summary>
    Chicken,

    /// <summary>Defection dominates and DD &gt; CC (canonically DC &gt; DD &gt; CC &gt; CD): the players want conflict.</summary>
    Deadlock,

    /// <summary>Cooperation dominates and CC &gt; DD (e.g. CC &gt; DC &gt; CD &gt; DD): no dilemma at all.</summary>
    Harmony,

    /// <summary>Anything else, including every ordering with a tie in a comparison that decides the family.</summary>
    Other,
}
