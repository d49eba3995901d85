using SecurityDilemma.Scenarios;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SecurityDilemma.Analysis.Attribution;

/// <summary>The regulators listed in the embedded regulators.yaml, in file order. To add one, add an entry there.</summary>
public static class RegulatorCatalogue
{
    private static readonly Lazy<IReadOnlyList<Regulator>> Loaded = new(Load);

    public static IReadOnlyList<Regulator> All => Loaded.Value;

    private static IReadOnlyList<Regulator> Load()
    {
        using var stream = typeof(RegulatorCatalogue).Assembly.GetManifestResourceStream("regulators.yaml")
            ?? throw new InvalidOperationException("regulators.yaml is not embedded");
        using var reader = new StreamReader(stream);
        var specs = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithDuplicateKeyChecking()
            .Build()
            .Deserialize<List<Spec>>(reader);
        return [.. specs.Select(s => new Regulator
        {
            Name = s.Name,
            Kind = s.Kind,
            Neutralize = [.. s.Neutralize.Select(ParameterOverride.Parse)],
            Source = s.Source,
            Meaning = s.Meaning,
        })];
    }

    private sealed class Spec
    {
        public string Name { get; set; } = "";

        public string Kind { get; set; } = "";

        public List<string> Neutralize { get; set; } = [];

        public string Source { get; set; } = "";

        public string Meaning { get; set; } = "";
    }
}
