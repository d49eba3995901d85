namespace SecurityDilemma.Engine;

/// <summary>One move in a crisis: mobilize, back_down, backfire, preempt, attack, guarantee_invoked, ally_joins.</summary>
public sealed record CrisisMove(int Year, string State, string Move, string Detail);
