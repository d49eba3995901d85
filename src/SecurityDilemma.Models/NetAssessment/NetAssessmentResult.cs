namespace SecurityDilemma.Models.NetAssessment;

/// <summary>The outcome of a comparative net assessment of a <see cref="ForceStructure"/> (see <see cref="NetAssessor"/>).</summary>
/// <param name="Structure">What was assessed.</param>
/// <param name="Balance">Glaser-Kaufmann balance: the attacker's cost for the target win probability divided by the defender's cost; +infinity when no type can attack.</param>
/// <param name="EvenOddsBalance">The same ratio for even odds (target 0.5): the contest function's theta, the number a scenario's <c>offense_defense_balance</c> takes.</param>
/// <param name="Distinguishability">1 - (attack power of the best defence) / (attack power of the best attack), same budget; 1 when no type can attack.</param>
/// <param name="AttackerCost">The attacker's investment needed for the target win probability against the defender's budget.</param>
/// <param name="AttackerWinProbability">The contest function's win probability at that investment (the target, up to the search's precision).</param>
/// <param name="Attack">The attacker's best mix.</param>
/// <param name="Defense">The defender's best mix.</param>
/// <param name="DefenseAttackPower">Attack power per unit of budget of the defender's best mix, the numerator of distinguishability.</param>
/// <param name="Types">Each type's contribution, in the structure's order.</param>
public sealed record NetAssessmentResult(
    ForceStructure Structure,
    double Balance,
    double EvenOddsBalance,
    double Distinguishability,
    double AttackerCost,
    double AttackerWinProbability,
    ForceMix Attack,
    ForceMix Defense,
    double DefenseAttackPower,
    IReadOnlyList<TypeContribution> Types);
