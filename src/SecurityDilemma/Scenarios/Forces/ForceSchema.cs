using SecurityDilemma.Scenarios.Schema;

namespace SecurityDilemma.Scenarios.Forces;

/// <summary>The fields of a force-structure file (docs/net-assessment.md), read with the scenario loader's <see cref="FieldReader"/>.</summary>
internal static class ForceSchema
{
    private static FieldSpec Value(string key, bool required, string? dflt, string description)
        => new() { Key = key, Kind = FieldKind.Number, Required = required, Minimum = 0, Maximum = Limits.MaxQuantity, Default = dflt, Description = description };

    /// <summary>Fields of each item of <c>weapons</c>.</summary>
    public static IReadOnlyList<FieldSpec> WeaponFields { get; } =
    [
        new() { Key = "name", Kind = FieldKind.Text, Required = true, Description = "Unique name of the weapon type." },
        Value("attack", true, null, "Combat power of one unit when it attacks."),
        Value("defense", true, null, "Combat power of one unit when it defends, before terrain."),
        Value("cost", false, "1", "Cost of one unit.") with { ExclusiveMinimum = true },
        new() { Key = "mobility", Kind = FieldKind.Number, Minimum = 0, Maximum = 1, Default = "0", Description = "Share of the units that reach the sector where the battle is fought." },
        new() { Key = "max_share", Kind = FieldKind.Number, Minimum = 0, ExclusiveMinimum = true, Maximum = 1, Default = "1", Description = "Largest share of a budget the type can usefully take." },
    ];

    /// <summary>The top-level fields.</summary>
    public static IReadOnlyList<FieldSpec> Root { get; } =
    [
        new() { Key = "name", Kind = FieldKind.Text, Required = true, Description = "What the force structure describes." },
        new() { Key = "terrain", Kind = FieldKind.Number, Minimum = 0, ExclusiveMinimum = true, Maximum = Limits.MaxBalance, Default = "1", Description = "Defensibility of the ground: multiplies every defence value." },
        new() { Key = "sectors", Kind = FieldKind.Integer, Minimum = 1, Maximum = Limits.MaxSectors, Limit = LimitOverrides.Sectors, Default = "1", Description = "Sectors of front the defender must hold; the attacker picks one." },
        new() { Key = "target_win_probability", Kind = FieldKind.Number, Minimum = 0, ExclusiveMinimum = true, Maximum = 1, Default = "0.5", Description = "The probability of taking the territory the attacker wants (below 1)." },
        new() { Key = "decisiveness", Kind = FieldKind.Number, Minimum = 0, ExclusiveMinimum = true, Maximum = Limits.MaxDecisiveness, Default = "1", Description = "The contest function's exponent g." },
        new() { Key = "defender_budget", Kind = FieldKind.Number, Minimum = 0, ExclusiveMinimum = true, Maximum = Limits.MaxQuantity, Default = "1", Description = "The defender's investment." },
        new() { Key = "weapons", Kind = FieldKind.ObjectList, Required = true, MinItems = 1, MaxItems = Limits.MaxWeaponTypes, Limit = LimitOverrides.WeaponTypes, Description = "The weapon types.", Fields = WeaponFields },
    ];
}
