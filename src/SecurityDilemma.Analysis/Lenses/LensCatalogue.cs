using SecurityDilemma.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SecurityDilemma.Analysis.Lenses;

/// <summary>The shipped lenses (lenses/*.yaml), in name order, and lookup by name.</summary>
public static class LensCatalogue
{
    private const string Prefix = "lenses/";

    private static readonly Lazy<IReadOnlyList<Lens>> Loaded = new(LoadAll);

    public static IReadOnlyList<Lens> All => Loaded.Value;

    /// <summary>The lens called <paramref name="name"/>; an unknown name is an <see cref="InputException"/> listing the known ones.</summary>
    public static Lens Find(string name)
        => All.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new InputException("--lens", null, null, "", $"unknown lens '{name}'", $"one of {string.Join(", ", All.Select(l => l.Name))}");

    /// <summary>Parses one lens file; <paramref name="source"/> names it in errors.</summary>
    public static Lens Parse(string yaml, string source, string expectedName)
    {
        Spec spec;
        try
        {
            spec = new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .WithDuplicateKeyChecking()
                .Build()
                .Deserialize<Spec>(yaml) ?? throw new InputException(source, null, null, "", "is empty", "a lens file (name, title, source, assumes, set)");
        }
        catch (YamlException e)
        {
            throw new InputException(source, (int)e.Start.Line, (int)e.Start.Column, "", e.InnerException?.Message ?? e.Message, "a lens file (name, title, source, assumes, set)");
        }

        if (spec.Name != expectedName)
        {
            throw new InputException(source, null, null, "name", $"'{spec.Name}' differs from the file name", expectedName);
        }

        if (spec.Set.Count == 0 || string.IsNullOrWhiteSpace(spec.Source) || string.IsNullOrWhiteSpace(spec.Assumes))
        {
            throw new InputException(source, null, null, "", "lacks set, source or assumes", "a lens with at least one override, its source and what it assumes");
        }

        return new Lens
        {
            Name = spec.Name,
            Title = spec.Title,
            Source = spec.Source,
            Assumes = spec.Assumes,
            Overrides = [.. spec.Set.Select(kv => new ParameterOverride(kv.Key, kv.Value))],
        };
    }

    private static IReadOnlyList<Lens> LoadAll()
    {
        var assembly = typeof(LensCatalogue).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return Parse(reader.ReadToEnd(), n, Path.GetFileNameWithoutExtension(n[Prefix.Length..]));
            })];
    }

    private sealed class Spec
    {
        public string Name { get; set; } = "";

        public string Title { get; set; } = "";

        public string Source { get; set; } = "";

        public string Assumes { get; set; } = "";

        public Dictionary<string, string> Set { get; set; } = [];
    }
}
