namespace SecurityDilemma.Engine.Components;

/// <summary>The military technology in force: the offense-defense balance, distinguishability, and what a defensive unit can do in attack.</summary>
internal sealed class MilitaryTechnology
{
    /// <summary>The actual offense-defense balance theta (wars are fought at it, times a border's defensibility).</summary>
    public double Balance;

    /// <summary>Distinguishability d: how far offensive and defensive forces can be told apart.</summary>
    public double Distinguishability;

    /// <summary>
    /// Attack value of one defensive unit (psi). Graded dynamics: material, 1 - d, so at distinguishability 1 defensive
    /// forces have no offensive use and at 0 the same forces serve both (Jervis 1978; Glaser &amp; Kaufmann 1998). Classic:
    /// the constant <see cref="EngineConstants.DefenseAsOffense"/> whatever d is.
    /// </summary>
    public double DefenseAttack;

    private readonly bool _graded;
    private readonly double _classicDefenseAttack;

    public MilitaryTechnology(double balance, double distinguishability, bool graded, double classicDefenseAttack)
    {
        _graded = graded;
        _classicDefenseAttack = classicDefenseAttack;
        Set(balance, distinguishability);
    }

    /// <summary>Puts a new balance and distinguishability in force.</summary>
    public void Set(double balance, double distinguishability)
    {
        Balance = balance;
        Distinguishability = distinguishability;
        DefenseAttack = _graded ? 1.0 - distinguishability : _classicDefenseAttack;
    }

    /// <summary>How many offensive units an observer sees in one defensive unit, at the distinguishability it reads with.</summary>
    /// <remarks>a = psi + (1 - psi)(1 - d): at d = 1 the true attack value psi, at d = 0 a full offensive unit.</remarks>
    public double ApparentDefenseWeight(double distinguishability) =>
        DefenseAttack + ((1.0 - DefenseAttack) * (1.0 - distinguishability));
}
