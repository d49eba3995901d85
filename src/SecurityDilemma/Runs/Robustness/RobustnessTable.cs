using System.Globalization;
using System.Reflection;
using System.Text;
using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;

namespace SecurityDilemma.Runs.Robustness;

/// <summary>One engine constant set to a multiple of its default (or the defaults themselves when <see cref="Constant"/> is null).</summary>
/// <param name="Constant">The constant's name (e.g. <c>WarCost</c>, <c>Alliances.Reputation</c>), null for the defaults.</param>
/// <param name="Factor">The multiple of the default (0.75 or 1.25 in the table).</param>
/// <param name="Value">The value the constant takes.</param>
/// <param name="Effects">Each claim's effect (mean paired difference with its 95% interval), in claim order.</param>
public sealed record RobustnessRow(string? Constant, double Factor, double Value, IReadOnlyList<Estimate> Effects);

/// <summary>
/// Robustness of the claims to the engine's constants: each claim's effect (<see cref="ClaimProbes"/>) with every numeric
/// constant of <see cref="EngineConstants"/> and <see cref="AllianceConstants"/> moved by the given factors, one at a time.
/// A claim changes sign when its effect's 95% interval lies wholly below zero.
/// </summary>
public static class RobustnessTable
{
    /// <summary>Most replications per probe and variant accepted.</summary>
    public const int MaxReplications = 10_000;

    /// <summary>The numeric constants moved, by name, with their default values.</summary>
    public static IReadOnlyList<(string Name, double Default)> Constants()
    {
        var list = new List<(string, double)>();
        foreach (var p in Numeric(typeof(EngineConstants)))
        {
            list.Add((p.Name, Convert.ToDouble(p.GetValue(EngineConstants.Default), CultureInfo.InvariantCulture)));
        }

        foreach (var p in Numeric(typeof(AllianceConstants)))
        {
            list.Add(($"Alliances.{p.Name}", Convert.ToDouble(p.GetValue(AllianceConstants.Default), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    /// <summary>
    /// Runs the defaults and every constant times each of <paramref name="factors"/>, <paramref name="replications"/> paired
    /// replications per probe (seeds 1..R, on all cores; the result does not depend on the thread count).
    /// </summary>
    public static IReadOnlyList<RobustnessRow> Run(int replications, IReadOnlyList<double> factors, Action<int, int>? progress = null)
    {
        if (replications is < 2 or > MaxReplications)
        {
            throw new ArgumentOutOfRangeException(nameof(replications), $"replications must be between 2 and {MaxReplications}");
        }

        var variants = new List<(string? Name, double Factor, double Value, EngineConstants K)> { (null, 1.0, double.NaN, EngineConstants.Default) };
        foreach (var (name, value) in Constants())
        {
            if (value == 0.0)
            {
                continue; // a multiple of zero is zero: nothing to move
            }

            foreach (var f in factors)
            {
                // A constant whose default lies strictly between 0 and 1 is a share or a probability: kept at most 0.99.
                var moved = value is > 0.0 and < 1.0 ? Math.Min(value * f, 0.99) : value * f;
                var (constants, set) = With(name, moved);
                variants.Add((name, f, set, constants));
            }
        }

        var rows = new RobustnessRow[variants.Count];
        var done = 0;
        for (var v = 0; v < variants.Count; v++)
        {
            rows[v] = new RobustnessRow(variants[v].Name, variants[v].Factor, variants[v].Value, Effects(variants[v].K, replications));
            progress?.Invoke(++done, variants.Count);
        }

        return rows;
    }

    /// <summary>Each claim's effect under <paramref name="constants"/>, <paramref name="replications"/> paired replications (seeds 1..R).</summary>
    public static IReadOnlyList<Estimate> Effects(EngineConstants constants, int replications)
    {
        var probes = ClaimProbes.All;
        var effects = new Estimate[probes.Count];
        for (var p = 0; p < probes.Count; p++)
        {
            var values = new double[replications];
            var probe = probes[p];
            Parallel.For(0, replications, r => values[r] = probe.Difference(r, constants));
            effects[p] = Estimate.Mean(values);
        }

        return effects;
    }

    /// <summary>The engine constants with <paramref name="name"/> (as listed by <see cref="Constants"/>) set to <paramref name="value"/>.</summary>
    public static EngineConstants Variant(string name, double value) => With(name, value).Constants;

    /// <summary>Renders the table as Markdown: one row per variant, per claim "+" (holds), "0" (interval spans zero) or "-" (reversed).</summary>
    public static string Markdown(IReadOnlyList<RobustnessRow> rows, int replications)
    {
        var probes = ClaimProbes.All;
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("# Robustness of the claims to the engine constants");
        sb.AppendLine();
        sb.AppendLine(inv, $"Generated by `dilemma robustness --replications {replications}` (docs/model.md, \"Robustness to the constants\"). Each");
        sb.AppendLine("row moves one constant of the engine or the alliance rules to the factor times its default; each cell is a claim's");
        sb.AppendLine("paired effect in the graded dynamics (docs/theory.md numbers the claims), prefixed `+` when its 95% interval lies above");
        sb.AppendLine("zero, `0` when it spans zero and `-` when the claim is reversed.");
        sb.AppendLine();
        sb.Append("| constant | factor | value |");
        foreach (var p in probes)
        {
            sb.Append(inv, $" {p.Claim} {p.Title} |");
        }

        sb.AppendLine();
        sb.Append("|---|---|---|");
        sb.Append(string.Concat(Enumerable.Repeat("---|", probes.Count)));
        sb.AppendLine();
        foreach (var row in rows)
        {
            sb.Append(inv, $"| {row.Constant ?? "(defaults)"} | {(row.Constant is null ? "" : row.Factor.ToString("0.##", inv))} | {(row.Constant is null ? "" : row.Value.ToString("G4", inv))} |");
            foreach (var e in row.Effects)
            {
                sb.Append(inv, $" {Sign(e)} {e.Value.ToString("0.###", inv)} |");
            }

            sb.AppendLine();
        }

        var reversed = rows.Sum(r => r.Effects.Count(e => e.BelowZero));
        var unclear = rows.Sum(r => r.Effects.Count(e => !e.BelowZero && !e.AboveZero));
        sb.AppendLine();
        sb.AppendLine(inv, $"{rows.Count} variants x {probes.Count} claims, {replications} paired replications each: {reversed} reversed (95% interval below zero), {unclear} with an interval spanning zero.");
        return sb.ToString();
    }

    /// <summary>"+" when the 95% interval lies above zero, "-" when below, "0" otherwise.</summary>
    public static string Sign(Estimate e) => e.AboveZero ? "+" : e.BelowZero ? "-" : "0";

    private static IEnumerable<PropertyInfo> Numeric(Type t) => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && (p.PropertyType == typeof(double) || p.PropertyType == typeof(int)))
        .OrderBy(p => p.MetadataToken);

    private static (EngineConstants Constants, double Value) With(string name, double value)
    {
        var alliance = name.StartsWith("Alliances.", StringComparison.Ordinal);
        var target = alliance ? (object)(AllianceConstants.Default with { }) : EngineConstants.Default with { };
        var property = (alliance ? typeof(AllianceConstants) : typeof(EngineConstants)).GetProperty(alliance ? name["Alliances.".Length..] : name)!;
        object boxed = property.PropertyType == typeof(int) ? (object)Math.Max(1, (int)Math.Round(value)) : value;
        property.SetValue(target, boxed);
        var set = Convert.ToDouble(boxed, CultureInfo.InvariantCulture);
        return alliance ? (EngineConstants.Default with { Alliances = (AllianceConstants)target }, set) : ((EngineConstants)target, set);
    }
}
