using System.Reflection;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Web.Api;

namespace SecurityDilemma.Web.Explore;

/// <summary>The repository's scenarios/ folder, compiled into the assembly: name, the file's opening comment, and its YAML.</summary>
internal sealed class ShippedScenarios
{
    private readonly SortedDictionary<string, ShippedScenario> _byName = new(StringComparer.Ordinal);

    public ShippedScenarios()
    {
        var assembly = typeof(ShippedScenarios).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("scenarios/", StringComparison.Ordinal)))
        {
            var yaml = Read(assembly, resource);
            var name = Path.GetFileNameWithoutExtension(resource);
            var scenario = ScenarioDocument.Parse(yaml, name + ".yaml").Build();
            var sliders = new Settings
            {
                OffenseDefenseBalance = scenario.Technology.OffenseDefenseBalance,
                Distinguishability = scenario.Technology.Distinguishability,
                WorstCaseBias = scenario.States[0].WorstCaseBias,
                PriorTrust = scenario.States[0].PriorTrust,
                Empathy = scenario.States[0].Empathy,
                GreedyShare = (double)scenario.States.Count(x => x.Motive != Motive.SecuritySeeker) / scenario.States.Count,
                States = scenario.States.Count,
            };
            _byName[name] = new ShippedScenario(name, Summary(yaml), scenario.States.Count, scenario.Years, sliders, yaml);
        }
    }

    public IEnumerable<ShippedScenario> All => _byName.Values;

    /// <summary>The shipped scenario <paramref name="name"/>; 404 naming the known ones otherwise.</summary>
    public ShippedScenario Get(string name, string field) =>
        _byName.TryGetValue(name, out var s)
            ? s
            : throw ApiException.NotFound($"no shipped scenario '{name}'; known: {string.Join(", ", _byName.Keys)}", field);

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // The first comment line after the file name: "# spiral.yaml: the spiral model (...)" gives "the spiral model (...)".
    private static string Summary(string yaml)
    {
        var first = yaml.Split('\n').FirstOrDefault(l => l.StartsWith('#'))?.TrimStart('#').Trim() ?? "";
        var colon = first.IndexOf(": ", StringComparison.Ordinal);
        return colon >= 0 ? first[(colon + 2)..] : first;
    }
}
