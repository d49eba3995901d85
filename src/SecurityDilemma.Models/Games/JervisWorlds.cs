namespace SecurityDilemma.Models.Games;

/// <summary>Names Jervis's (1978) world for an offense-defense balance and a distinguishability.</summary>
/// <remarks>
/// The balance is the Glaser-Kaufmann cost ratio used by <see cref="Combat.ContestSuccess"/>: attacking
/// units needed per defending unit for even odds; below 1 offense has the advantage, above 1 defense.
/// Distinguishability is in [0, 1]; above 0.5 observers can tell offensive from defensive postures more
/// often than not. These boundaries are exactly where <see cref="OffenseDefenseMapping"/> changes the game.
/// </remarks>
public static class JervisWorlds
{
    /// <summary>The world for <paramref name="balance"/> (&gt; 0) and <paramref name="distinguishability"/> (in [0, 1]).</summary>
    public static JervisWorld Classify(double balance, double distinguishability)
    {
        OffenseDefenseMapping.Validate(balance, distinguishability);
        if (balance == 1 || distinguishability == 0.5)
        {
            return JervisWorld.Boundary;
        }

        var offense = balance < 1;
        var distinguishable = distinguishability > 0.5;
        return (offense, distinguishable) switch
        {
            (true, false) => JervisWorld.DoublyDangerous,
            (false, false) => JervisWorld.CompatibleSecurityRequirements,
            (true, true) => JervisWorld.AggressionPossible,
            _ => JervisWorld.DoublyStable,
        };
    }

    /// <summary>One sentence saying what the world means (after Jervis 1978, p. 211).</summary>
    public static string Describe(JervisWorld world) => world switch
    {
        JervisWorld.DoublyDangerous => "doubly dangerous: offense has the advantage and arms cannot be told apart, so even states that only want security are pushed to arm and strike (Prisoner's Dilemma)",
        JervisWorld.CompatibleSecurityRequirements => "security dilemma, but security requirements may be compatible: defense has the advantage, so cooperation holds if trust is high enough (Stag Hunt)",
        JervisWorld.AggressionPossible => "no security dilemma, but aggression possible: offensive arms can be recognised and warning is given, yet offense pays against a state that does not respond (Chicken)",
        JervisWorld.DoublyStable => "doubly stable: defense has the advantage and postures can be told apart, so restraint is safe whatever the other does (Harmony)",
        _ => "on a boundary between Jervis's worlds (offense-defense balance exactly 1 or distinguishability exactly 0.5): the game has ties",
    };
}
