using SecurityDilemma.Models.Games;

namespace SecurityDilemma.Analysis.StageGames;

/// <summary>
/// The one-shot game one observer faced with one neighbour in one year, its predicted move and the move it made.
/// </summary>
/// <param name="Year">The year of the decision.</param>
/// <param name="Observer">The state deciding.</param>
/// <param name="Target">The neighbour it faces.</param>
/// <param name="Balance">The observer's perceived offense-defense balance on this border (leader's view times geography).</param>
/// <param name="Belief">The observer's trust in the target at the start of the year (its prior in year 1): the probability it restrains.</param>
/// <param name="Distinguishability">Distinguishability in force that year.</param>
/// <param name="Game">The generated game's family (Jervis's worlds: Prisoner's Dilemma, Stag Hunt, Chicken, Harmony).</param>
/// <param name="Threshold">Jervis's q*: the belief at which restraint becomes a best reply (null when beliefs do not matter).</param>
/// <param name="Predicted">The best reply to the belief.</param>
/// <param name="Played">Arm when the observer's offensive forces grew over the year, else restrain.</param>
public sealed record StageGameRow(
    int Year,
    string Observer,
    string Target,
    double Balance,
    double Distinguishability,
    double Belief,
    GameType Game,
    double? Threshold,
    Move Predicted,
    Move Played)
{
    public bool Matched => Predicted == Played;
}
