namespace SecurityDilemma.Web.Explore;

/// <summary>The explorer's sliders; a null leaves the scenario's own value.</summary>
internal sealed record Settings
{
    public double? OffenseDefenseBalance { get; init; }

    public double? Distinguishability { get; init; }

    public double? WorstCaseBias { get; init; }

    public double? PriorTrust { get; init; }

    /// <summary>Every leader's empathy (graded dynamics): how far it counts the fear its own forces cause (Booth &amp; Wheeler 2008).</summary>
    public double? Empathy { get; init; }

    /// <summary>Share of states that are greedy (the rest security seekers), spread evenly over the list.</summary>
    public double? GreedyShare { get; init; }

    /// <summary>Number of states: the scenario's states repeated in order (borders and alliances dropped when it changes).</summary>
    public int? States { get; init; }
}
