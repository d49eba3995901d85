namespace SecurityDilemma.Models.NetAssessment;

/// <summary>
/// A described military technology: the weapon types both sides can buy and the conditions they fight in, the
/// input of a comparative net assessment (<see cref="NetAssessor"/>).
/// </summary>
/// <param name="Name">What the structure describes, e.g. "Western Front 1914".</param>
/// <param name="Weapons">The weapon types, in a fixed order (ties in the best mix go to the earlier type).</param>
/// <param name="Terrain">Defensibility of the ground: multiplies every defence value (1 = open country; &gt; 1 rivers, mountains, forest).</param>
/// <param name="Sectors">Sectors of front the defender must hold; the attacker masses on the one it chooses (1 = a single battle).</param>
/// <param name="TargetWinProbability">The probability of taking the territory the attacker wants, strictly between 0 and 1.</param>
/// <param name="Decisiveness">The contest function's exponent g (&gt; 0): how sharply a power advantage decides the battle.</param>
/// <param name="DefenderBudget">The defender's investment (&gt; 0); the measured balance does not depend on it, the attacker's cost scales with it.</param>
public sealed record ForceStructure(
    string Name,
    IReadOnlyList<WeaponType> Weapons,
    double Terrain = 1.0,
    int Sectors = 1,
    double TargetWinProbability = 0.5,
    double Decisiveness = 1.0,
    double DefenderBudget = 1.0)
{
    /// <summary>The share of the defender's units of a type present in the sector attacked: 1/n + m (1 - 1/n) for n sectors and mobility m.</summary>
    public double Concentration(WeaponType type) => (1.0 / Sectors) + (type.Mobility * (1.0 - (1.0 / Sectors)));

    /// <summary>A copy in which <paramref name="index"/>'s type is changed by <paramref name="change"/> (the with-and-without comparisons).</summary>
    public ForceStructure WithWeapon(int index, Func<WeaponType, WeaponType> change)
    {
        var weapons = Weapons.ToArray();
        weapons[index] = change(weapons[index]);
        return this with { Weapons = weapons };
    }
}
