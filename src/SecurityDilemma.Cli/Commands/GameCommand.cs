using System.CommandLine;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Models.Games;
using static SecurityDilemma.Cli.Infrastructure.ModelInputs;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma game</c>: classify a 2x2 game, find every Nash equilibrium and Jervis's cooperation threshold,
/// from typed payoffs or generated from an offense-defense balance and distinguishability.
/// </summary>
internal static class GameCommand
{
    public static Command Create()
    {
        var payoffs = new Option<string?>("--payoffs") { Description = "Row player's payoffs CC,CD,DC,DD (own move first), e.g. 3,0,5,1 for the Prisoner's Dilemma" };
        var columnPayoffs = new Option<string?>("--column-payoffs") { Description = "Column player's payoffs CC,CD,DC,DD (own move first); default: the same as --payoffs (a symmetric game)" };
        var balance = new Option<double?>("--offense-defense-balance") { Description = "Generate the game: attacking units needed per defending unit for even odds (< 1 offense advantage, > 1 defense advantage)" };
        var distinguishability = new Option<double?>("--distinguishability") { Description = "Generate the game: how well offensive and defensive postures can be told apart, in [0, 1]" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text" };
        var command = new Command("game", "2x2 games: classify (Prisoner's Dilemma, Stag Hunt, Chicken, ...), every Nash equilibrium, Jervis's cooperation threshold q*, and Jervis's four worlds from offense-defense balance and distinguishability.");
        foreach (var o in new Option[] { payoffs, columnPayoffs, balance, distinguishability, json })
        {
            command.Options.Add(o);
        }

        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var typed = pr.GetValue(payoffs);
            var column = pr.GetValue(columnPayoffs);
            var theta = pr.GetValue(balance);
            var d = pr.GetValue(distinguishability);
            TwoByTwoGame game;
            object? generated = null;
            JervisWorld? world = null;
            if (typed is not null)
            {
                if (theta is not null || d is not null)
                {
                    throw new InputException("--payoffs", null, null, "", "given together with --offense-defense-balance/--distinguishability", "either typed payoffs or the two parameters that generate them");
                }

                var row = ToPayoffs(PayoffList(typed, "--payoffs"));
                game = new TwoByTwoGame(row, column is null ? row : ToPayoffs(PayoffList(column, "--column-payoffs")));
            }
            else
            {
                if (column is not null)
                {
                    throw new InputException("--column-payoffs", null, null, "", "given without --payoffs", "--payoffs CC,CD,DC,DD as well");
                }

                if (theta is null && d is null)
                {
                    throw new InputException("dilemma game", null, null, "", "no game given", "--payoffs CC,CD,DC,DD or --offense-defense-balance X --distinguishability Y");
                }

                var b = Positive(Require(theta, "--offense-defense-balance", "it generates the game with --distinguishability"), "--offense-defense-balance");
                var dist = Probability(Require(d, "--distinguishability", "it generates the game with --offense-defense-balance"), "--distinguishability");
                game = OffenseDefenseMapping.Default.Game(b, dist);
                world = JervisWorlds.Classify(b, dist);
                generated = new
                {
                    OffenseDefenseBalance = b,
                    Distinguishability = dist,
                    AttackerWinProbability = OffenseDefenseMapping.AttackerWinProbability(b),
                    OffenseAdvantage = OffenseDefenseMapping.OffenseAdvantage(b),
                    Mapping = OffenseDefenseMapping.Default,
                };
            }

            var classification = GameClassifier.Classify(game);
            var analysis = NashEquilibria.Find(game);
            var rowThreshold = CooperationThreshold.For(game.Row);
            var columnThreshold = CooperationThreshold.For(game.Column);
            var meaning = Meaning(classification, rowThreshold);
            var result = new
            {
                Parameters = generated,
                JervisWorld = world,
                JervisWorldMeaning = world is { } w ? JervisWorlds.Describe(w) : null,
                RowPayoffs = Dto(game.Row),
                ColumnPayoffs = Dto(game.Column),
                Classification = classification,
                CooperationThreshold = new { Row = Dto(rowThreshold), Column = Dto(columnThreshold) },
                Equilibria = analysis.Equilibria.Select(e => new { e.Label, e.Kind, e.RowCooperation, e.ColumnCooperation, e.RowPayoff, e.ColumnPayoff }),
                Continua = analysis.Continua.Select(c => new
                {
                    RowCooperation = new { c.RowCooperation.Low, c.RowCooperation.High },
                    ColumnCooperation = new { c.ColumnCooperation.Low, c.ColumnCooperation.High },
                }),
                Degenerate = analysis.IsDegenerate,
                analysis.Degeneracies,
                Meaning = meaning,
            };
            return Emit(pr.GetValue(json), result, o =>
            {
                if (world is { } jw)
                {
                    o.WriteLine($"Jervis's world: {Readable.Name(jw, capitalized: false)} - {JervisWorlds.Describe(jw)}");
                    o.WriteLine();
                }

                o.WriteLine($"{"payoffs (own move first)",-24}{"CC",8} {"CD",8} {"DC",8} {"DD",8}");
                o.WriteLine($"{"  row",-24}{Cell(game.Row.CC)} {Cell(game.Row.CD)} {Cell(game.Row.DC)} {Cell(game.Row.DD)}");
                o.WriteLine($"{"  column",-24}{Cell(game.Column.CC)} {Cell(game.Column.CD)} {Cell(game.Column.DC)} {Cell(game.Column.DD)}");
                o.WriteLine();
                o.WriteLine(classification.IsSymmetric
                    ? $"game: {Readable.Name(classification.Type)} ({classification.RowOrdering})"
                    : $"game: row {Readable.Name(classification.Row)} ({classification.RowOrdering}), column {Readable.Name(classification.Column)} ({classification.ColumnOrdering})");
                o.WriteLine($"cooperation threshold q*: row {Describe(rowThreshold)}; column {Describe(columnThreshold)}");
                o.WriteLine();
                o.WriteLine($"{"Nash equilibria",-24}{"P(row C)",8} {"P(col C)",8} {"row gets",8} {"col gets",8}");
                foreach (var e in analysis.Equilibria)
                {
                    o.WriteLine($"{"  " + (e.Kind == EquilibriumKind.Pure ? "pure " + e.Label : "mixed"),-24}{Cell(e.RowCooperation)} {Cell(e.ColumnCooperation)} {Cell(e.RowPayoff)} {Cell(e.ColumnPayoff)}");
                }

                foreach (var c in analysis.Continua)
                {
                    o.WriteLine($"  continuum: P(row C) in {c.RowCooperation}, P(col C) in {c.ColumnCooperation}");
                }

                if (analysis.IsDegenerate)
                {
                    o.WriteLine($"degenerate game: {string.Join("; ", analysis.Degeneracies)}");
                }

                o.WriteLine();
                o.WriteLine(meaning);
            });
        }));
        return command;
    }

    private static PlayerPayoffs ToPayoffs(double[] v) => new(v[0], v[1], v[2], v[3]);

    private static object Dto(PlayerPayoffs u) => new { u.CC, u.CD, u.DC, u.DD };

    private static object Dto(CooperationThreshold t) => new { t.Value, t.Rule, t.Attainable };

    private static string Cell(double v) => F(v).PadLeft(8);

    private static string Describe(CooperationThreshold t) => t.Rule switch
    {
        CooperationRule.CooperateIfAtLeast when t.Value <= 0 => $"cooperate whatever the belief (q* = {F(t.Value!.Value)})",
        CooperationRule.CooperateIfAtLeast => $"cooperate iff q >= {F(t.Value!.Value)}{(t.Attainable ? "" : " (unattainable: no belief suffices)")}",
        CooperationRule.CooperateIfAtMost when t.Value >= 1 => $"cooperate whatever the belief (q* = {F(t.Value!.Value)}, reversed)",
        CooperationRule.CooperateIfAtMost => $"cooperate iff q <= {F(t.Value!.Value)}{(t.Attainable ? "" : " (unattainable: no belief suffices)")}",
        CooperationRule.AlwaysCooperate => "cooperate whatever the belief",
        _ => "never cooperate",
    };

    private static string Meaning(GameClassification c, CooperationThreshold t) => c.Type switch
    {
        GameType.PrisonersDilemma => "Meaning: defection is dominant, so even two security seekers end in mutual defection although both prefer mutual cooperation - the security dilemma at its sharpest.",
        GameType.StagHunt => $"Meaning: mutual cooperation and mutual defection are both equilibria; a state cooperates if it believes the other will with probability at least q* = {F(t.Value ?? double.NaN)}. Trust, not interests, decides.",
        GameType.Chicken => "Meaning: each wants to defect against a cooperator but to back down against a defector; one side yields (CD or DC) or both randomize - aggression is possible, but mutual arming is not an equilibrium.",
        GameType.Deadlock => "Meaning: both prefer mutual defection to mutual cooperation - conflict is wanted, not a dilemma.",
        GameType.Harmony => "Meaning: cooperation is dominant - no security dilemma.",
        _ when !c.IsSymmetric => "Meaning: the players face different games; read each player's ordering and the equilibria above.",
        _ => "Meaning: not one of the classic families (or a tie decides it); read the equilibria above.",
    };
}
