namespace SecurityDilemma.Engine.Systems;

internal struct StrikeDecision
{
    public int Edge;
    public double Value;
    public bool Preemptive;
    public StrikeKind Kind;
    public double Concession;
    public double RequiredAttack;
}
