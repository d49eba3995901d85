using System.Globalization;

namespace SecurityDilemma.Scenarios.Schema;

/// <summary>
/// One accepted key of the scenario format: its type, range, default and meaning. The loader, the
/// <c>--set</c> paths, the JSON Schema (docs/scenario.schema.json) and the format reference all read these.
/// </summary>
internal sealed record FieldSpec
{
    public required string Key { get; init; }

    public required FieldKind Kind { get; init; }

    public required string Description { get; init; }

    public bool Required { get; init; }

    /// <summary>A YAML null is accepted and means "not given".</summary>
    public bool Nullable { get; init; }

    public double? Minimum { get; init; }

    /// <summary><see cref="Minimum"/> itself is excluded (e.g. a balance must be &gt; 0).</summary>
    public bool ExclusiveMinimum { get; init; }

    public double? Maximum { get; init; }

    /// <summary>Allowed values of a <see cref="FieldKind.Choice"/>.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Fields of an <see cref="FieldKind.Object"/> or of each item of an <see cref="FieldKind.ObjectList"/>.</summary>
    public IReadOnlyList<FieldSpec> Fields { get; init; } = [];

    public int MinItems { get; init; }

    public int? MaxItems { get; init; }

    /// <summary>The <c>--limit</c> name that raises <see cref="Maximum"/> or <see cref="MaxItems"/> for one command (null: fixed).</summary>
    public string? Limit { get; init; }

    /// <summary><see cref="Maximum"/> as raised by the running command's <c>--limit</c>, if any.</summary>
    public double? EffectiveMaximum => Limit is { } name && Maximum is { } max ? LimitOverrides.Get(name, (long)max) : Maximum;

    /// <summary><see cref="MaxItems"/> as raised by the running command's <c>--limit</c>, if any.</summary>
    public long? EffectiveMaxItems => Limit is { } name && MaxItems is { } max ? LimitOverrides.Get(name, max) : MaxItems;

    /// <summary>The default as written in YAML, for documentation; null when there is none.</summary>
    public string? Default { get; init; }

    /// <summary>Addresses list items by their <c>name</c> field in <c>--set</c> paths (states).</summary>
    public bool ItemsNamed => Kind == FieldKind.ObjectList && Fields.Any(f => f.Key == "name");

    /// <summary>What a valid value looks like, for error messages ("a number in [0, 1]").</summary>
    public string Expected => Kind switch
    {
        FieldKind.Text => $"a name of 1 to {Limits.MaxNameLength} characters",
        FieldKind.Integer => $"a whole number{Range()}{Hint()}",
        FieldKind.Number => $"a number{Range()}",
        FieldKind.Boolean => "true or false",
        FieldKind.Choice => $"one of {string.Join(", ", Choices)}",
        FieldKind.Object => $"a mapping with fields {string.Join(", ", Fields.Select(f => f.Key))}",
        FieldKind.ObjectList => $"a list of mappings{Items()}{Hint()}",
        FieldKind.TextList => $"a list of state names{Items()}{Hint()}",
        _ => "a value",
    };

    private string Hint() => Limit is { } name ? $" ({LimitOverrides.Hint(name)})" : "";

    private string Items() => (MinItems, EffectiveMaxItems) switch
    {
        ( > 0, { } max) => Format($" ({MinItems} to {max} items)"),
        ( > 0, null) => Format($" (at least {MinItems} items)"),
        (_, { } max) => Format($" (at most {max} items)"),
        _ => "",
    };

    private string Range()
    {
        var lo = Minimum is { } min ? Number(min) : null;
        var hi = EffectiveMaximum is { } max ? Number(max) : null;
        return (lo, hi) switch
        {
            (not null, not null) when ExclusiveMinimum => $" > {lo} and <= {hi}",
            (not null, not null) => $" in [{lo}, {hi}]",
            (not null, null) => ExclusiveMinimum ? $" > {lo}" : $" >= {lo}",
            (null, not null) => $" <= {hi}",
            _ => "",
        };
    }

    private static string Number(double x) => x.ToString(x >= 1e6 ? "0.###e+0" : "G", CultureInfo.InvariantCulture);

    private static string Format(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
