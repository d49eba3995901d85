using CsCheck;
using SecurityDilemma.Models.Combat;
using SecurityDilemma.Models.NetAssessment;

namespace SecurityDilemma.Models.Tests.NetAssessment;

/// <summary>Known answers for Glaser and Kaufmann's (1998) comparative net assessment, each computed by hand in its comment.</summary>
public class NetAssessorTests
{
    private static ForceStructure Structure(params WeaponType[] weapons) => new("test", weapons);

    [Fact]
    public void ThreeToOneRule_ADefenderWorthThreeAttackersGivesBalanceThree()
    {
        // One type worth 1 in attack and 3 in defence: at even odds the attacker needs 3 budget units per defending
        // unit, the contest function's theta = 3 (Mearsheimer 1989's 3:1 rule, Glaser & Kaufmann 1998's cost ratio).
        var r = NetAssessor.Assess(Structure(new WeaponType("rifle", 1, 3)));
        Assert.Equal(3, r.Balance, 12);
        Assert.Equal(ContestSuccess.RequiredForceRatio(0.5, 3), r.Balance, 12);
        Assert.Equal(3, r.EvenOddsBalance, 12);
        Assert.Equal(0.5, r.AttackerWinProbability, 12);

        // The same answer from terrain: equal values on ground that triples defence, i.e. the CSF with theta = 3.
        var terrain = NetAssessor.Assess(Structure(new WeaponType("rifle", 1, 1)) with { Terrain = 3 });
        Assert.Equal(3, terrain.Balance, 12);
        Assert.Equal(0.5, ContestSuccess.WinProbability(terrain.AttackerCost, 1, 3), 12);
    }

    [Theory]
    [InlineData(0.75, 1.0, 3.0)]
    [InlineData(0.75, 2.0, 1.7320508075688772)]
    [InlineData(0.9, 1.0, 9.0)]
    public void TargetAndDecisiveness_FollowTheInvertedContestFunction(double target, double g, double expected)
    {
        // Equal values, so theta = 1: the cost ratio for win probability p is (p / (1 - p))^(1/g); even odds stay 1.
        var r = NetAssessor.Assess(Structure(new WeaponType("rifle", 1, 1)) with { TargetWinProbability = target, Decisiveness = g });
        Assert.Equal(expected, r.Balance, 12);
        Assert.Equal(ContestSuccess.RequiredForceRatio(target, 1, g), r.Balance, 12);
        Assert.Equal(1, r.EvenOddsBalance, 12);
        Assert.Equal(target, r.AttackerWinProbability, 12);
    }

    [Fact]
    public void PurelyOffensiveAndPurelyDefensiveTypes_AreFullyDistinguishable()
    {
        // tank: attack 2, defence 0; fort: attack 0, defence 3. The attacker buys tanks (2 per budget), the defender
        // forts (3 per budget): balance 3/2 = 1.5. The best defence (forts) cannot attack: distinguishability 1.
        var r = NetAssessor.Assess(Structure(new WeaponType("tank", 2, 0), new WeaponType("fort", 0, 3)));
        Assert.Equal(1.5, r.Balance, 12);
        Assert.Equal(1, r.Distinguishability);
        Assert.Equal([1.0, 0.0], r.Attack.Shares);
        Assert.Equal([0.0, 1.0], r.Defense.Shares);
        Assert.Equal(0, r.DefenseAttackPower);
    }

    [Fact]
    public void OnlyPurelyDefensiveTypes_MakeAttackImpossible_AndDistinguishabilityOne()
    {
        // No type can attack: no budget takes the territory (balance +infinity) and nothing a defender buys can
        // be used to attack (distinguishability 1).
        var r = NetAssessor.Assess(Structure(new WeaponType("fort", 0, 3), new WeaponType("mine", 0, 1, Cost: 0.5)));
        Assert.Equal(double.PositiveInfinity, r.Balance);
        Assert.Equal(1, r.Distinguishability);
        Assert.Equal(0, r.AttackerWinProbability);
    }

    [Fact]
    public void IdenticalAttackAndDefenceValues_AreIndistinguishable()
    {
        // Every type is worth the same in attack as in defence, so the best defence is the best attack:
        // distinguishability 0. Per cost: musket 1, cannon 3/2 = 1.5, so both sides buy cannon; balance 1.
        var r = NetAssessor.Assess(Structure(new WeaponType("musket", 1, 1), new WeaponType("cannon", 3, 3, Cost: 2)));
        Assert.Equal(0, r.Distinguishability, 12);
        Assert.Equal(1, r.Balance, 12);
        Assert.Equal(r.Attack.Shares, r.Defense.Shares);
    }

    [Fact]
    public void CombinedArmsCaps_HandComputedMixes()
    {
        // Per unit of budget:  attack  defence  cap
        //   infantry (c = 1)     1       1       1
        //   artillery (c = 2)    1.5     0.9     0.5
        //   machine gun (c = 2)  0.25    2       0.3
        // Best attack: artillery 0.5 (0.75) + infantry 0.5 (0.5) = 1.25.
        // Best defence: machine gun 0.3 (0.6) + infantry 0.7 (0.7) = 1.3. Balance 1.3 / 1.25 = 1.04.
        // The best defence attacks with 0.3 * 0.25 + 0.7 * 1 = 0.775: distinguishability 1 - 0.775 / 1.25 = 0.38.
        var s = Structure(
            new WeaponType("infantry", 1, 1),
            new WeaponType("artillery", 3, 1.8, Cost: 2, MaxShare: 0.5),
            new WeaponType("machine_gun", 0.5, 4, Cost: 2, MaxShare: 0.3));
        var r = NetAssessor.Assess(s);
        Assert.Equal(1.25, r.Attack.PowerPerBudget, 12);
        Assert.Equal(1.3, r.Defense.PowerPerBudget, 12);
        Assert.Equal(1.04, r.Balance, 12);
        Assert.Equal(0.775, r.DefenseAttackPower, 12);
        Assert.Equal(0.38, r.Distinguishability, 12);
        Assert.Equal([0.5, 0.5, 0.0], r.Attack.Shares);
        Assert.Equal([0.7, 0.0, 0.3], r.Defense.Shares.Select(x => Math.Round(x, 12)));

        // With and without. Artillery's offensive use gone: infantry alone attacks with 1, 20% lost; the balance
        // without artillery at all is 1.3 / 1 = 1.3. The machine gun's defensive use gone: infantry alone defends
        // with 1, 1 - 1 / 1.3 lost; without machine guns the defence is infantry 1 against artillery + infantry 1.25.
        var artillery = r.Types[1];
        Assert.Equal(0.2, artillery.AttackLostWithout, 12);
        Assert.Equal(0, artillery.DefenseLostWithout, 12);
        Assert.Equal(1.3, artillery.BalanceWithout, 12);
        var mg = r.Types[2];
        Assert.Equal(1 - (1 / 1.3), mg.DefenseLostWithout, 12);
        Assert.Equal(0, mg.AttackLostWithout, 12);
        Assert.Equal(0.8, mg.BalanceWithout, 12);
        Assert.Equal(2, mg.DefensePerCost, 12);
    }

    [Fact]
    public void AWideFront_FavoursTheAttacker_AndMobileReservesWinItBack()
    {
        // Four sectors: the attacker masses where it strikes; of the defender's immobile infantry only a quarter is
        // there (kappa = 0.25), of tanks with mobility 1 all. Per budget: attack infantry 1, tanks 2/2 = 1 (a tie: the
        // earlier type, infantry); defence infantry 0.25, tanks 1/2 = 0.5. Balance 0.5 / 1 = 0.5. Without tanks the
        // defence is infantry's 0.25: balance 0.25. On a single sector infantry defends with 1: balance 1.
        var s = Structure(new WeaponType("infantry", 1, 1), new WeaponType("tank", 2, 1, Cost: 2, Mobility: 1));
        var wide = NetAssessor.Assess(s with { Sectors = 4 });
        Assert.Equal(0.5, wide.Balance, 12);
        Assert.Equal(0.25, wide.Types[1].BalanceWithout, 12);
        Assert.Equal(1, NetAssessor.Balance(s), 12);
        Assert.Equal(0.25, (s with { Sectors = 4 }).Concentration(s.Weapons[0]), 12);
        Assert.Equal(0.625, (s with { Sectors = 4 }).Concentration(s.Weapons[0] with { Mobility = 0.5 }), 12);
    }

    [Fact]
    public void Balance_ScalesWithTerrain_IsIndependentOfTheDefendersBudget_AndMatchesTheClosedForm()
    {
        var weapon = Gen.Select(Gen.Double[0, 5], Gen.Double[0, 5], Gen.Double[0.1, 5], Gen.Double[0, 1], Gen.Double[0.05, 1])
            .Select((a, d, c, m, cap) => new WeaponType("w", a, d, c, m, cap));
        var structure = Gen.Select(weapon.Array[1, 5], Gen.Double[0.2, 5], Gen.Int[1, 6], Gen.Double[0.05, 0.95], Gen.Double[0.3, 4], Gen.Double[0.01, 100])
            .Select((w, terrain, sectors, p, g, budget) => new ForceStructure("random", w, terrain, sectors, p, g, budget));
        structure.Sample(s =>
        {
            var r = NetAssessor.Assess(s);
            var pa = r.Attack.PowerPerBudget;
            var pd = r.Defense.PowerPerBudget;
            if (!(pa > 0) || !(pd > 0))
            {
                return;
            }

            var closed = pd / pa * Math.Pow(s.TargetWinProbability / (1 - s.TargetWinProbability), 1 / s.Decisiveness);
            Assert.True(Math.Abs((r.Balance / closed) - 1) < 1e-9, $"{r.Balance} vs {closed}: {string.Join("; ", s.Weapons)}");
            Assert.Equal(1, r.EvenOddsBalance / (pd / pa), 9);
            Assert.Equal(1, NetAssessor.Balance(s with { Terrain = s.Terrain * 2 }) / (2 * r.Balance), 9);
            Assert.True(Math.Abs((NetAssessor.Balance(s with { DefenderBudget = s.DefenderBudget * 7 }) / r.Balance) - 1) < 1e-9, $"{NetAssessor.Balance(s with { DefenderBudget = s.DefenderBudget * 7 })} vs {r.Balance}: {string.Join("; ", s.Weapons)}");
            Assert.InRange(r.Distinguishability, 0, 1);
            Assert.InRange(r.DefenseAttackPower, 0, pa * (1 + 1e-12));
        }, iter: 2000);
    }

    [Fact]
    public void TinyAndHugePowers_NeitherUnderflowNorOverflowTheSearch()
    {
        // Found by the property test: a defence of 8.35e-82 raised to g = 4 underflows unless the search works on the
        // power ratio. Balance = (P_D / P_A) (p / (1 - p))^(1/g), here with P_D / P_A = 1e-80 and 1e80.
        foreach (var (a, d) in new[] { (1.0, 1e-80), (1e-80, 1.0) })
        {
            var s = Structure(new WeaponType("w", a, d)) with { TargetWinProbability = 0.1, Decisiveness = 4 };
            var expected = d / a * Math.Pow(0.1 / 0.9, 0.25);
            Assert.Equal(1, NetAssessor.Balance(s) / expected, 12);
        }
    }

    [Fact]
    public void InvalidStructures_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NetAssessor.Assess(Structure(new WeaponType("w", 1, 1, Cost: 0))));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetAssessor.Assess(Structure(new WeaponType("w", -1, 1))));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetAssessor.Assess(Structure(new WeaponType("w", 1, 1)) with { TargetWinProbability = 1 }));
    }
}
