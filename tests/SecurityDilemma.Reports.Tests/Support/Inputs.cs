namespace SecurityDilemma.Reports.Tests.Support;

/// <summary>
/// Real inputs for every plot kind, written once per test run by the CLI itself: a run directory (july-1914) and its
/// diagnosis, the gallery sweep database (three parameters, series kept), tournament JSON and matches CSV, and Moran JSON files.
/// </summary>
public sealed class Inputs : IDisposable
{
    public Inputs()
    {
        Directory.CreateDirectory(Root);
        Dilemma.Ok("run", "scenarios/july-1914.yaml", "--out", RunDir);
        File.WriteAllText(Diagnosis, Dilemma.Ok("diagnose", RunDir, "--json", "--replications", "5").Stdout);
        Dilemma.Ok("sweep", "sweeps/gallery.yaml", "--out", Sweep, "--quiet");
        File.WriteAllText(TournamentJson, Dilemma.Ok("tournament", "--strategies", Strategies, "-r", "12", "--json").Stdout);
        Dilemma.Ok("tournament", "--strategies", Strategies, "-r", "12", "--matches", Matches);
        foreach (var (path, seed) in MoranFiles.Select((p, i) => (p, i + 1)))
        {
            File.WriteAllText(path, Dilemma.Ok("tournament", "moran", "-p", "tft=4,alld=3,wsls=3", "--seed", $"{seed}", "--json").Stdout);
        }
    }

    /// <summary>The strategies of the test tournament, as given on the command line.</summary>
    public const string Strategies = "tft,alld,wsls,grudger,cooperator";

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"reports-tests-{Guid.NewGuid():N}");

    public string RunDir => Path.Combine(Root, "run");

    public string Sweep => Path.Combine(Root, "gallery.duckdb");

    /// <summary>The JSON of <c>dilemma diagnose RUN_DIR --json</c> for <see cref="RunDir"/>.</summary>
    public string Diagnosis => Path.Combine(Root, "diagnosis.json");

    public string TournamentJson => Path.Combine(Root, "tournament.json");

    public string Matches => Path.Combine(Root, "matches.csv");

    public string[] MoranFiles => [.. Enumerable.Range(1, 4).Select(i => Path.Combine(Root, $"moran{i}.json"))];

    /// <summary>A fresh path for an output file.</summary>
    public string Output(string name) => Path.Combine(Root, "out", Guid.NewGuid().ToString("N")[..8] + "-" + name);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

/// <summary>Shares one <see cref="Inputs"/> among the test classes that need it.</summary>
[CollectionDefinition(Name)]
public sealed class InputsCollection : ICollectionFixture<Inputs>
{
    public const string Name = "inputs";
}
