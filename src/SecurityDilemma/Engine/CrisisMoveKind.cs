namespace SecurityDilemma.Engine;

/// <summary>Kinds of crisis moves in the engine's own log (snake_case in output).</summary>
internal enum CrisisMoveKind : byte
{
    Mobilize,
    BackDown,
    Backfire,
    Preempt,
    Attack,
    GuaranteeInvoked,
    AllyJoins,
}
