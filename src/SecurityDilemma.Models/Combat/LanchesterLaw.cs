namespace SecurityDilemma.Models.Combat;

/// <summary>Which of Lanchester's (1916) attrition laws governs a battle.</summary>
public enum LanchesterLaw
{
    /// <summary>Aimed fire: dA/dt = -b*B, dB/dt = -a*A; conserves a*A^2 - b*B^2, so strength grows with the square of numbers.</summary>
    Square,

    /// <summary>One-on-one (ancient) combat: dA/dt = -b, dB/dt = -a while both stand; conserves a*A - b*B.</summary>
    Linear,
}
