using System.CommandLine;
using SecurityDilemma.Analysis.Lenses;
using SecurityDilemma.Experiments.Sweeps;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Cli.Infrastructure;

/// <summary>The <c>--lens NAME</c> option shared by run, sweep and diagnose (lenses/*.yaml; docs/diagnosis.md).</summary>
public static class LensOption
{
    public static Option<string?> Create() => new("--lens")
    {
        HelpName = "NAME",
        Description = "Configure the scenario as a school reads the world before anything else is applied: " + string.Join(", ", LensCatalogue.All.Select(l => l.Name)) + " (lenses/*.yaml)",
    };

    /// <summary>The lens's overrides, or none; an unknown name is an input error.</summary>
    public static IReadOnlyList<ParameterOverride> Overrides(string? name) => name is null ? [] : LensCatalogue.Find(name).Overrides;

    /// <summary>
    /// The sweep with the lens's overrides before its own fixed ones. The lens is appended to the stored sweep text as a
    /// comment, so the database records it and <c>--resume</c> refuses to mix lenses.
    /// </summary>
    public static SweepDefinition ApplyTo(SweepDefinition sweep, string? name)
    {
        if (name is null)
        {
            return sweep;
        }

        var lens = LensCatalogue.Find(name);
        return sweep with
        {
            Fixed = [.. lens.Overrides.Select(o => new FixedOverride(o, 0, 0)), .. sweep.Fixed],
            Text = sweep.Text + $"\n# --lens {lens.Name}\n",
        };
    }
}
