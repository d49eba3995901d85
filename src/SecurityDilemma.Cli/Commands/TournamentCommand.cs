using System.CommandLine;
using System.Globalization;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Cli.Output;
using SecurityDilemma.IO;
using SecurityDilemma.Models.Iterated;
using SecurityDilemma.Reports.Theme;
using SecurityDilemma.Reports.Tournaments;
using SecurityDilemma.Scenarios;
using Spectre.Console;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma tournament</c>: round-robin tournaments of iterated Prisoner's Dilemma strategies, the strategy
/// catalogue (<c>--list</c>), and <c>dilemma tournament moran</c> for the Moran process.
/// </summary>
internal static class TournamentCommand
{
    /// <summary>The largest Moran population the CLI accepts: each step plays N(N-1)/2 matches.</summary>
    private static long MaxPopulation => LimitOverrides.Get(LimitOverrides.MoranPopulation, 200);

    /// <summary>Most matches per pair of strategies (<c>--limit tournament-repetitions=N</c> raises it).</summary>
    public static long MaxRepetitions => LimitOverrides.Get(LimitOverrides.TournamentRepetitions, 100_000);

    /// <summary>Most turns per match (<c>--limit tournament-turns=N</c>).</summary>
    public static long MaxTurns => LimitOverrides.Get(LimitOverrides.TournamentTurns, 1_000_000);

    /// <summary>Most moves in one tournament (pairs x repetitions x turns): a few minutes on one core (<c>--limit tournament-moves=N</c>).</summary>
    public static long MaxMoves => LimitOverrides.Get(LimitOverrides.TournamentMoves, 10_000_000_000);

    public static Command Create()
    {
        var strategies = new Option<string?>("--strategies") { Description = "Comma-separated strategy names (case, spaces and dashes ignored; aliases such as tft, alld, wsls), or 'all'." };
        var turns = new Option<int>("--turns", "-t") { Description = "Turns per match (ignored with --prob-end).", DefaultValueFactory = _ => 200 };
        var repetitions = new Option<int>("--repetitions", "-r") { Description = "Matches per pair of strategies.", DefaultValueFactory = _ => 10 };
        var noise = new Option<double>("--noise") { Description = "Probability that each move is flipped, in [0, 1].", DefaultValueFactory = _ => 0.0 };
        var probEnd = new Option<double?>("--prob-end") { Description = "Random match length: probability that a match ends after each turn, in (0, 1] (continuation probability w = 1 - this)." };
        var seed = new Option<ulong>("--seed") { Description = "Master seed; the same seed gives the same results on any number of threads.", DefaultValueFactory = _ => 0UL };
        var payoffs = new Option<string?>("--payoffs") { Description = "Stage-game payoffs, named R=3,T=5,S=0,P=1 (the default) or positional CC,CD,DC,DD = R,S,T,P (3,0,5,1)." };
        var noSelfPlay = new Option<bool>("--no-self-play") { Description = "Do not let each strategy play a copy of itself (Axelrod 1980 did)." };
        var threads = new Option<int>("--threads") { Description = $"Worker threads (1 to {Limits.MaxThreads}; default: all cores, also written -1). Results do not depend on it.", DefaultValueFactory = _ => -1 };
        var json = new Option<bool>("--json") { Description = "Print per-strategy scores and the pairwise matrix as JSON." };
        var list = new Option<bool>("--list") { Description = "List the strategy catalogue (name, memory depth, stochastic, source) and exit." };
        var matches = new Option<string?>("--matches") { Description = "Also write every match as a tidy CSV row (repetition, seed, players, turns, scores, cooperations) to this file." };
        var plot = new Option<string?>("--plot") { Description = "Also draw the score boxplots in rank order: out.png or out.svg." };

        var command = new Command("tournament", "Iterated Prisoner's Dilemma: round-robin tournaments of classic strategies (Axelrod 1980), and the Moran process.");
        foreach (var option in new Option[] { strategies, turns, repetitions, noise, probEnd, seed, payoffs, noSelfPlay, threads, json, list, matches, plot })
        {
            command.Options.Add(option);
        }

        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            if (pr.GetValue(list))
            {
                return ListCatalogue(pr.GetValue(json));
            }

            var players = ParseStrategies(pr.GetValue(strategies));
            CheckSize(players.Count, pr.GetValue(turns), pr.GetValue(repetitions), !pr.GetValue(noSelfPlay));
            if (pr.GetValue(matches) is { } target)
            {
                OutputTarget.File(target, "--matches", mayExist: true);
            }

            var match = new MatchSettings(pr.GetValue(turns), pr.GetValue(noise), pr.GetValue(probEnd), ParsePayoffs(pr.GetValue(payoffs)));
            var settings = new TournamentSettings(match, pr.GetValue(repetitions), pr.GetValue(seed), !pr.GetValue(noSelfPlay), ThreadCount(pr.GetValue(threads)));
            if (pr.GetValue(plot) is { } plotTarget)
            {
                FigureFile.CheckTarget(plotTarget, "--plot");
            }

            var total = Tournament.MatchCount(players.Count, settings.Repetitions, settings.SelfPlay);
            var result = ProgressReporter.Run("tournament", "matches", total, pr.GetValue(DilemmaApp.Quiet), p => Tournament.Run(players, settings, default, p.Advance));
            if (pr.GetValue(matches) is { } path)
            {
                AtomicFile.WriteAllText(path, MatchesCsv(result));
            }

            if (pr.GetValue(plot) is { } figure)
            {
                FigureFile.Save(TournamentPlots.ScoreBoxplots(StrategyScores.FromResult(result), $"{result.Settings.Repetitions} repetitions, seed {result.Settings.Seed}"), figure);
            }

            if (pr.GetValue(json))
            {
                Json.Write(Console.Out, TournamentJson(result));
            }
            else
            {
                PrintRanking(result);
            }

            return ExitCodes.Ok;
        }));

        command.Subcommands.Add(CreateMoran());
        return command;
    }

    private static Command CreateMoran()
    {
        var population = new Option<string>("--population", "-p") { Description = "Initial population as name=count pairs, e.g. tft=5,alld=5.", Required = true };
        var turns = new Option<int>("--turns", "-t") { Description = "Turns per match (ignored with --prob-end).", DefaultValueFactory = _ => 200 };
        var noise = new Option<double>("--noise") { Description = "Probability that each move is flipped, in [0, 1].", DefaultValueFactory = _ => 0.0 };
        var probEnd = new Option<double?>("--prob-end") { Description = "Random match length: probability that a match ends after each turn, in (0, 1]." };
        var seed = new Option<ulong>("--seed") { Description = "Seed for selection and matches.", DefaultValueFactory = _ => 0UL };
        var maxSteps = new Option<int>("--max-steps") { Description = "Stop after this many birth-death steps without fixation.", DefaultValueFactory = _ => 100_000 };
        var payoffs = new Option<string?>("--payoffs") { Description = "Stage-game payoffs R,T,S,P (default 3,5,0,1)." };
        var json = new Option<bool>("--json") { Description = "Print the result and the population history as JSON." };
        var plot = new Option<string?>("--plot") { Description = "Also draw the population over time: out.png or out.svg." };

        var command = new Command("moran", "Moran process: fitness-proportional birth, uniform death, until one strategy takes over (Nowak 2006).");
        foreach (var option in new Option[] { population, turns, noise, probEnd, seed, maxSteps, payoffs, json, plot })
        {
            command.Options.Add(option);
        }

        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var initial = ParsePopulation(pr.GetValue(population) ?? "");
            if (initial.Sum(p => p.Count) > MaxPopulation)
            {
                throw new InputException("--population", null, null, "", $"{initial.Sum(p => p.Count)} individuals", $"at most {MaxPopulation} (every step plays every pair; {LimitOverrides.Hint(LimitOverrides.MoranPopulation)})");
            }

            var match = new MatchSettings(pr.GetValue(turns), pr.GetValue(noise), pr.GetValue(probEnd), ParsePayoffs(pr.GetValue(payoffs)));
            if (pr.GetValue(plot) is { } plotTarget)
            {
                FigureFile.CheckTarget(plotTarget, "--plot");
            }

            // The process ends at fixation, usually well before the step limit: the bar counts steps against that limit.
            var result = ProgressReporter.Run("moran", "steps", pr.GetValue(maxSteps), pr.GetValue(DilemmaApp.Quiet),
                p => MoranProcess.Run(initial, new MoranSettings(match, pr.GetValue(seed), pr.GetValue(maxSteps)), p.Advance));
            if (pr.GetValue(plot) is { } figure)
            {
                FigureFile.Save(TournamentPlots.MoranPopulation(MoranRun.FromResult(result, $"seed {pr.GetValue(seed)}")), figure);
            }
            if (pr.GetValue(json))
            {
                Json.Write(Console.Out, new
                {
                    settings = new
                    {
                        turns = match.ProbEnd is null ? match.Turns : (int?)null,
                        prob_end = match.ProbEnd,
                        noise = match.Noise,
                        seed = pr.GetValue(seed),
                        max_steps = pr.GetValue(maxSteps),
                        payoffs = new { r = match.Payoffs.R, t = match.Payoffs.T, s = match.Payoffs.S, p = match.Payoffs.P },
                    },
                    strategies = result.Names,
                    initial = result.History[0],
                    final = result.Final,
                    winner = result.Winner,
                    steps = result.Steps,
                    history = result.History,
                });
                return ExitCodes.Ok;
            }

            var console = CreateConsole();
            var table = NewTable(console, "Strategy", "Initial", "Final");
            for (var i = 0; i < result.Names.Count; i++)
            {
                AddRow(table, result.Names[i], Number(result.History[0][i]), Number(result.Final[i]));
            }

            console.Write(table);
            console.WriteLine(result.Winner is { } w
                ? $"{w} fixed after {result.Steps} steps."
                : $"No strategy fixed within {result.Steps} steps.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Parses "a,b,c" (or "all") into catalogue factories; unknown names throw with the nearest valid ones.</summary>
    internal static IReadOnlyList<Func<IStrategy>> ParseStrategies(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException("--strategies", null, null, "", "no strategies given", "a comma-separated list such as tft,alld,wsls, or 'all' ('dilemma tournament --list' shows the names)");
        }

        if (text.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return StrategyCatalogue.Factories;
        }

        var names = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            throw new InputException("--strategies", null, null, "", "no strategies given", "a comma-separated list such as tft,alld,wsls");
        }

        return [.. names.Select(n => StrategyCatalogue.Find(n))];
    }

    private static IReadOnlyList<(Func<IStrategy> Factory, int Count)> ParsePopulation(string text)
    {
        var entries = new List<(Func<IStrategy>, int)>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new InputException("--population", null, null, "", $"'{item}' is not name=count", "name=count pairs such as tft=5,alld=5 (counts are whole numbers)");
            }

            entries.Add((StrategyCatalogue.Find(parts[0], "--population"), count));
        }

        if (entries.Count == 0)
        {
            throw new InputException("--population", null, null, "", "empty population", "name=count pairs such as tft=5,alld=5");
        }

        return entries;
    }

    private static PrisonersDilemma? ParsePayoffs(string? text)
    {
        if (text is null)
        {
            return null;
        }

        // CC,CD,DC,DD = R,S,T,P, or the named form (ModelInputs.PayoffList, the same for every command).
        var v = ModelInputs.PayoffList(text, "--payoffs");
        return new PrisonersDilemma(v[0], v[2], v[1], v[3]);
    }

    /// <summary>Refuses, before any match is played, a tournament with no pairs or more moves than <see cref="MaxMoves"/>.</summary>
    private static void CheckSize(int players, int turns, int repetitions, bool selfPlay)
    {
        if (repetitions < 1 || repetitions > MaxRepetitions)
        {
            throw new InputException("--repetitions", null, null, "", $"{repetitions} is out of range", $"a whole number from 1 to {MaxRepetitions:N0} ({LimitOverrides.Hint(LimitOverrides.TournamentRepetitions)})");
        }

        if (turns < 1 || turns > MaxTurns)
        {
            throw new InputException("--turns", null, null, "", $"{turns} is out of range", $"a whole number from 1 to {MaxTurns:N0} ({LimitOverrides.Hint(LimitOverrides.TournamentTurns)})");
        }

        var pairs = selfPlay ? (long)players * (players + 1) / 2 : (long)players * (players - 1) / 2;
        if (pairs == 0)
        {
            throw new InputException("--strategies", null, null, "", "one strategy without self-play plays no match", "at least two strategies, or self-play");
        }

        if ((double)pairs * repetitions * turns > MaxMoves)
        {
            throw new InputException("--repetitions", null, null, "", $"{pairs:N0} pairs x {repetitions:N0} repetitions x {turns:N0} turns is more than {MaxMoves:N0} moves", $"fewer strategies, repetitions or turns ({LimitOverrides.Hint(LimitOverrides.TournamentMoves)})");
        }
    }

    private static int ThreadCount(int threads) =>
        threads == -1 || threads is > 0 and <= Limits.MaxThreads ? threads : throw new InputException("--threads", null, null, "", $"{threads} is out of range", $"a whole number from 1 to {Limits.MaxThreads}, or -1 for all cores");

    private static object TournamentJson(TournamentResult result)
    {
        // Each strategy's score in each repetition (what its mean and interval summarize; the report's boxplots).
        var perRepetition = StrategyScores.FromResult(result).ToDictionary(s => s.Name, s => s.Scores, StringComparer.Ordinal);
        return new
        {
            settings = new
            {
                turns = result.Settings.Match.ProbEnd is null ? result.Settings.Match.Turns : (int?)null,
                prob_end = result.Settings.Match.ProbEnd,
                repetitions = result.Settings.Repetitions,
                noise = result.Settings.Match.Noise,
                seed = result.Settings.Seed,
                self_play = result.Settings.SelfPlay,
                payoffs = new { r = result.Settings.Match.Payoffs.R, t = result.Settings.Match.Payoffs.T, s = result.Settings.Match.Payoffs.S, p = result.Settings.Match.Payoffs.P },
            },
            ranking = result.Standings.Select(s => new
            {
                rank = s.Rank,
                name = s.Name,
                mean_score = s.MeanScore,
                ci_lower = s.ScoreEstimate.Lower,
                ci_upper = s.ScoreEstimate.Upper,
                wins = s.Wins,
                cooperation_rate = s.CooperationRate,
                scores = perRepetition[s.Name],
            }),
            pairwise = new
            {
                strategies = result.Names,
                mean_score_per_turn = result.PairwiseScores,
                wins = result.WinMatrix,
            },
        };
    }

    /// <summary>One row per match: the tournament's settings, then who played, then the totals (tidy data).</summary>
    private static string MatchesCsv(TournamentResult result)
    {
        var m = result.Settings.Match;
        return CsvTableWriter.ToText(
            ["master_seed", "repetition", "match_seed", "player_a", "player_b", "noise", "prob_end", "turns", "score_a", "score_b", "cooperations_a", "cooperations_b"],
            csv =>
            {
                foreach (var r in result.Matches)
                {
                    var o = r.Outcome;
                    csv.Integer(result.Settings.Seed).Integer(r.Repetition).Integer(r.Seed).Text(result.Names[r.A]).Text(result.Names[r.B])
                        .Number(m.Noise).Number(m.ProbEnd ?? double.NaN).Integer(o.Turns).Number(o.ScoreA).Number(o.ScoreB).Integer(o.CooperationsA).Integer(o.CooperationsB)
                        .EndRow();
                }
            });
    }

    private static void PrintRanking(TournamentResult result)
    {
        var console = CreateConsole();
        var table = NewTable(console, "Rank", "Strategy", "Score/turn", "95% CI", "Wins", "Cooperation");
        foreach (var s in result.Standings)
        {
            var ci = double.IsFinite(s.ScoreEstimate.Lower) ? $"[{s.ScoreEstimate.Lower:F3}, {s.ScoreEstimate.Upper:F3}]" : "-";
            AddRow(table, Number(s.Rank), s.Name, s.MeanScore.ToString("F3", CultureInfo.InvariantCulture), ci, Number(s.Wins), s.CooperationRate.ToString("P1", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        var m = result.Settings.Match;
        var length = m.ProbEnd is { } p ? $"random length (prob-end {p})" : $"{m.Turns} turns";
        console.WriteLine($"{result.Names.Count} strategies, {result.Settings.Repetitions} repetitions, {length}, noise {m.Noise}, seed {result.Settings.Seed}; score = mean payoff per turn.");
    }

    private static int ListCatalogue(bool json)
    {
        var all = StrategyCatalogue.Describe();
        if (json)
        {
            Json.Write(Console.Out, all.Select(s => new
            {
                name = s.Name,
                memory_depth = s.Classifier.MemoryDepth,
                stochastic = s.Classifier.Stochastic,
                uses_length = s.Classifier.UsesLength,
                uses_game = s.Classifier.UsesGame,
                source = s.Source,
            }));
            return ExitCodes.Ok;
        }

        var console = CreateConsole();
        var table = NewTable(console, "Strategy", "Memory", "Stochastic", "Uses", "Source");
        foreach (var s in all)
        {
            var uses = string.Join(", ", new[] { s.Classifier.UsesLength ? "length" : null, s.Classifier.UsesGame ? "payoffs" : null }.OfType<string>());
            AddRow(table, s.Name, s.Classifier.MemoryDepthText, s.Classifier.Stochastic ? "yes" : "no", uses, s.Source);
        }

        console.Write(table);
        console.WriteLine($"{all.Count} strategies. Memory: rounds that decide the next move (inf = unbounded).");
        return ExitCodes.Ok;
    }

    /// <summary>Adds a row of plain text cells (never parsed as Spectre markup, so "[" in names or intervals is safe).</summary>
    private static void AddRow(Table table, params string[] cells) => table.AddRow([.. cells.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c))]);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A console on stdout; plain (no colour, ASCII borders) when stdout is redirected or NO_COLOR is set, and wide when redirected.</summary>
    private static IAnsiConsole CreateConsole()
    {
        var plain = RunConsole.IsPlain();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 240;
        }

        return console;
    }

    private static Table NewTable(IAnsiConsole console, params string[] columns)
    {
        var table = new Table { Border = console.Profile.Capabilities.Ansi ? TableBorder.Rounded : TableBorder.Ascii };
        foreach (var c in columns)
        {
            table.AddColumn(new TableColumn(c));
        }

        return table;
    }
}
