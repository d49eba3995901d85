namespace SecurityDilemma.Analysis.StageGames;

/// <summary>A move in the stage game: restraint (C, a defensive posture) or offensive arming (D).</summary>
public enum Move
{
    Restrain,
    Arm,
}
