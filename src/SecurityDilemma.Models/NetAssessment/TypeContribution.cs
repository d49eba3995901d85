namespace SecurityDilemma.Models.NetAssessment;

/// <summary>
/// What one weapon type contributes to a net assessment, measured with and without it (Glaser &amp; Kaufmann 1998).
/// </summary>
/// <param name="Name">The weapon type.</param>
/// <param name="AttackPerCost">Combat power per unit of budget when it attacks (attack / cost).</param>
/// <param name="DefensePerCost">Combat power in the attacked sector per unit of budget when it defends (defence x terrain x concentration / cost).</param>
/// <param name="AttackShare">Its share of the attacker's best budget.</param>
/// <param name="DefenseShare">Its share of the defender's best budget.</param>
/// <param name="AttackLostWithout">Share of the best attack's power lost when this type has no offensive use (its attack set to 0).</param>
/// <param name="DefenseLostWithout">Share of the best defence's power lost when this type has no defensive use (its defence set to 0).</param>
/// <param name="BalanceWithout">The offense-defense balance when this type does not exist.</param>
public sealed record TypeContribution(
    string Name,
    double AttackPerCost,
    double DefensePerCost,
    double AttackShare,
    double DefenseShare,
    double AttackLostWithout,
    double DefenseLostWithout,
    double BalanceWithout);
