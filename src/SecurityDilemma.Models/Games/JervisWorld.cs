namespace SecurityDilemma.Models.Games;

/// <summary>Jervis's (1978, p. 211) four worlds, by offense-defense balance and distinguishability.</summary>
public enum JervisWorld
{
    /// <summary>Offense has the advantage and postures are indistinguishable: "doubly dangerous".</summary>
    DoublyDangerous,

    /// <summary>Defense has the advantage, postures indistinguishable: a security dilemma, but security requirements may be compatible.</summary>
    CompatibleSecurityRequirements,

    /// <summary>Offense has the advantage, postures distinguishable: no security dilemma, but aggression is possible (and warning is given).</summary>
    AggressionPossible,

    /// <summary>Defense has the advantage and postures are distinguishable: "doubly stable".</summary>
    DoublyStable,

    /// <summary>Exactly on a boundary (balance 1 or distinguishability 0.5): the generated game has ties.</summary>
    Boundary,
}
