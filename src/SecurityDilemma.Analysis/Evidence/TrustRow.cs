namespace SecurityDilemma.Analysis.Evidence;

/// <summary>What <see cref="Observer"/> believed of <see cref="Target"/> at the end of <see cref="Year"/>: the probability it is a security seeker. Indices follow the scenario's order.</summary>
public readonly record struct TrustRow(int Year, int Observer, int Target, double Trust);
