using System.Globalization;

namespace SecurityDilemma;

/// <summary>
/// The limits a user may raise for one command with the global option <c>--limit NAME=N</c> (README.md, "Limits"). A
/// limit keeps its built-in value unless the running command was given an override; overrides hold for the command's
/// own flow of execution (an <see cref="AsyncLocal{T}"/>, which flows into the threads and tasks it starts), so calls
/// running side by side in one process do not see each other's.
/// </summary>
public static class LimitOverrides
{
    /// <summary>Bytes of any one input file (scenario, sweep, base scenario, targets, CSV).</summary>
    public const string FileBytes = "file-bytes";

    /// <summary>Points of one sweep.</summary>
    public const string SweepPoints = "sweep-points";

    /// <summary>Runs of one sweep (points x replications).</summary>
    public const string SweepRuns = "sweep-runs";

    /// <summary>Replications per point of one sweep.</summary>
    public const string SweepReplications = "sweep-replications";

    /// <summary>Samples of a random or Latin-hypercube sweep.</summary>
    public const string SweepSamples = "sweep-samples";

    /// <summary>Per-year series rows of one sweep.</summary>
    public const string SweepSeriesRows = "sweep-series-rows";

    /// <summary>Repetitions of a tournament.</summary>
    public const string TournamentRepetitions = "tournament-repetitions";

    /// <summary>Turns of each tournament match.</summary>
    public const string TournamentTurns = "tournament-turns";

    /// <summary>Moves of a whole tournament (pairs x repetitions x turns).</summary>
    public const string TournamentMoves = "tournament-moves";

    /// <summary>Individuals of a <c>tournament moran</c> population.</summary>
    public const string MoranPopulation = "moran-population";

    /// <summary>Data rows of a CSV read by <c>richardson fit</c> and <c>plot richardson-phase</c>.</summary>
    public const string CsvRows = "csv-rows";

    /// <summary>Simulated years of a scenario (and of a technology change's year).</summary>
    public const string Years = "years";

    /// <summary>States of a scenario (and members of one alliance).</summary>
    public const string States = "states";

    /// <summary>States of a scenario without a borders list, where every pair neighbours.</summary>
    public const string StatesWithoutBorders = "states-without-borders";

    /// <summary>Explicit borders of a scenario.</summary>
    public const string Borders = "borders";

    /// <summary>Replications of one <c>dilemma run</c>.</summary>
    public const string RunReplications = "run-replications";

    /// <summary><c>--set</c> overrides on one command line.</summary>
    public const string SetOverrides = "set-overrides";

    /// <summary>Alliances declared at the start of a scenario.</summary>
    public const string Alliances = "alliances";

    /// <summary>Guarantees declared at the start of a scenario.</summary>
    public const string Guarantees = "guarantees";

    /// <summary>Scheduled technology changes of a scenario.</summary>
    public const string TechnologyChanges = "technology-changes";

    /// <summary>Weapon types of a force-structure file.</summary>
    public const string WeaponTypes = "weapon-types";

    /// <summary>Sectors of front of a force-structure file.</summary>
    public const string Sectors = "sectors";

    /// <summary>The largest <see cref="FileBytes"/> that can be asked for: an input file is read whole into memory as one text.</summary>
    public const long MaxFileBytes = 1L << 30;

    private static readonly AsyncLocal<IReadOnlyDictionary<string, long>?> Current = new();

    /// <summary>Every name <c>--limit</c> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [FileBytes, SweepPoints, SweepRuns, SweepReplications, SweepSamples, SweepSeriesRows, TournamentRepetitions, TournamentTurns, TournamentMoves, MoranPopulation, CsvRows,
         Years, States, StatesWithoutBorders, Borders, RunReplications, SetOverrides, Alliances, Guarantees, TechnologyChanges, WeaponTypes, Sectors];

    /// <summary>The limit <paramref name="name"/>: the override given to the running command, else <paramref name="builtIn"/>.</summary>
    public static long Get(string name, long builtIn)
        => Current.Value is { } values && values.TryGetValue(name, out var v) ? v : builtIn;

    /// <summary>How a refusal names the way round it: <c>raise with --limit NAME=N</c>.</summary>
    public static string Hint(string name) => $"raise with --limit {name}=N";

    /// <summary>
    /// Parses <c>NAME=N</c> items (N a whole number of at least 1, digits with optional '_' separators) and makes them the
    /// overrides of the current flow of execution until the result is disposed; a bad item is an <see cref="InputException"/>.
    /// </summary>
    public static IDisposable Apply(IEnumerable<string> items)
    {
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? item : item[..eq];
            if (!Names.Contains(name, StringComparer.Ordinal))
            {
                throw new InputException("--limit", null, null, "", $"unknown limit {Echo.Quote(name)}", $"NAME=N with NAME one of {string.Join(", ", Names)}");
            }

            var text = eq < 0 ? "" : item[(eq + 1)..].Replace("_", "", StringComparison.Ordinal);
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                throw new InputException("--limit", null, null, "", $"{Echo.Quote(item)} has no whole number after '='", $"{name}=N with N a whole number of at least 1");
            }

            if (name == FileBytes && n > MaxFileBytes)
            {
                throw new InputException("--limit", null, null, "", $"{Echo.Quote(item)} is more than {MaxFileBytes} bytes", $"{name}=N with N at most {MaxFileBytes} (1 GiB): a file is read whole into memory");
            }

            values[name] = n;
        }

        var previous = Current.Value;
        Current.Value = values.Count == 0 ? previous : values;
        return new Restore(previous);
    }

    private sealed class Restore(IReadOnlyDictionary<string, long>? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
