namespace SecurityDilemma.Models.NetAssessment;

/// <summary>
/// The best way to spend a budget on one mission: the share of the budget each weapon type gets (in the
/// structure's order) and the combat power one unit of budget buys in the sector attacked.
/// </summary>
/// <param name="Shares">Budget share per weapon type; they sum to 1 unless the types' caps sum to less.</param>
/// <param name="PowerPerBudget">Combat power in the attacked sector per unit of budget.</param>
public sealed record ForceMix(IReadOnlyList<double> Shares, double PowerPerBudget);
