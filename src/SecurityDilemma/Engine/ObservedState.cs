namespace SecurityDilemma.Engine;

/// <summary>What an observer can see of one state it borders: its forces and the observer's own trust in it (never its motive).</summary>
public sealed record ObservedState(int State, string Name, double Offense, double Defense, double Trust, bool AtWar, bool Allied);
