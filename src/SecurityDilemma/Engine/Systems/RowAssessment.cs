namespace SecurityDilemma.Engine.Systems;

/// <summary>What pass 3 of <see cref="AssessmentSystem.Assess"/> finds for one observer's row.</summary>
internal struct RowAssessment
{
    public double Survive;
    public double TopThreat;
    public int TopEdge;
    public double Required;
    public double RequiredAttack;
    public double Rival;
    public int Changes;
    public int Candidates;
}
