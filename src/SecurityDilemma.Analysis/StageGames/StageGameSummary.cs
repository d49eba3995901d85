using SecurityDilemma.Models.Games;
using SecurityDilemma.Models.Statistics;

namespace SecurityDilemma.Analysis.StageGames;

/// <summary>How often behaviour matched the one-shot prediction, per game and overall, and where it did not.</summary>
public sealed record StageGameSummary
{
    public required int DyadYears { get; init; }

    /// <summary>Share of dyad-years in which the move played was the predicted one, with a Wilson 95% interval.</summary>
    public required Estimate MatchRate { get; init; }

    public required IReadOnlyList<GameMatch> ByGame { get; init; }

    /// <summary>Dyad-years where the observer armed though the game and its belief called for restraint.</summary>
    public required int ArmedAgainstPrediction { get; init; }

    /// <summary>Dyad-years where the observer restrained though the game and its belief called for arming.</summary>
    public required int RestrainedAgainstPrediction { get; init; }

    /// <summary>Up to five mismatches, earliest first, with the reason read from the model.</summary>
    public required IReadOnlyList<Mismatch> Examples { get; init; }

    /// <summary>Summarizes <paramref name="rows"/>.</summary>
    public static StageGameSummary Of(IReadOnlyList<StageGameRow> rows)
    {
        var byGame = rows.GroupBy(r => r.Game).OrderBy(g => g.Key)
            .Select(g => new GameMatch(g.Key, g.Count(), Estimate.Proportion(g.Count(r => r.Matched), g.Count()).Value))
            .ToList();
        return new StageGameSummary
        {
            DyadYears = rows.Count,
            MatchRate = Estimate.Proportion(rows.Count(r => r.Matched), rows.Count),
            ByGame = byGame,
            ArmedAgainstPrediction = rows.Count(r => r is { Predicted: Move.Restrain, Played: Move.Arm }),
            RestrainedAgainstPrediction = rows.Count(r => r is { Predicted: Move.Arm, Played: Move.Restrain }),
            Examples = [.. rows.Where(r => !r.Matched).Take(5).Select(r => new Mismatch(r.Year, r.Observer, r.Target, r.Game, r.Belief, r.Threshold, r.Predicted, r.Played, Reason(r)))],
        };
    }

    /// <summary>Why behaviour departs from the one-shot best reply, in the engine's terms (docs/diagnosis.md).</summary>
    public static string Reason(StageGameRow r) => (r.Predicted, r.Played) switch
    {
        (Move.Restrain, Move.Arm) => "armed although its belief cleared the game's threshold: the engine's security seekers arm against the threat they measure from forces (and any third state), not against the one-shot payoffs",
        (Move.Arm, Move.Restrain) => r.Game == GameType.PrisonersDilemma
            ? "restrained in a Prisoner's Dilemma: enough forces already, a budget limit, or reassurance kept it from arming (the repeated game rewards restraint)"
            : "restrained although its belief fell short of the game's threshold: its forces already met the threat it measured",
        _ => "",
    };
}

/// <summary>Dyad-years of one game type and the share in which behaviour matched the prediction.</summary>
public sealed record GameMatch(GameType Game, int DyadYears, double MatchRate);

/// <summary>One dyad-year where the move played was not the predicted one.</summary>
public sealed record Mismatch(int Year, string Observer, string Target, GameType Game, double Belief, double? Threshold, Move Predicted, Move Played, string Reason);
