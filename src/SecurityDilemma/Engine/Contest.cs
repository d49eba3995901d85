using SecurityDilemma.Models.Combat;

namespace SecurityDilemma.Engine;

/// <summary>
/// The contest success function as the engine's hot loop evaluates it: decisiveness g = 1, so no powers.
/// </summary>
/// <remarks>
/// p = a / (a + theta d) (Tullock 1980 with the Glaser-Kaufmann 1998 balance theta); identical to
/// <see cref="ContestSuccess.WinProbability"/> with g = 1 (a test checks the two agree). Zero forces on
/// both sides give 0.5, as there.
/// </remarks>
internal static class Contest
{
    /// <summary>Attacker's win probability with attacking strength <paramref name="attack"/> against defending strength <paramref name="defense"/>.</summary>
    public static double WinProbability(double attack, double defense, double balance)
    {
        var total = attack + (balance * defense);
        return total > 0.0 ? attack / total : 0.5;
    }
}
