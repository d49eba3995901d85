namespace SecurityDilemma.Models.Bargaining;

/// <summary>
/// The declining state's choice under shifting power: its value of war now, the most a peace can give it, and
/// the two sides of Powell's condition (<see cref="PowerShift"/> &gt; <see cref="TransferableSurplus"/> means war).
/// </summary>
public sealed record PreventiveWarAssessment(
    double WarValue,
    double BestPeaceValue,
    double PowerShift,
    double TransferableSurplus,
    bool DecliningStateFights);
