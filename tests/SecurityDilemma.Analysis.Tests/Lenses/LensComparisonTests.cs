using System.Text.Json;
using SecurityDilemma.Models.Statistics;
using CliTool = SecurityDilemma.Cli.Tests.Cli;

namespace SecurityDilemma.Analysis.Tests.Lenses;

public sealed class LensComparisonTests
{
    /// <summary>
    /// Wendt (1999, ch. 6): the culture, not the material facts, sets how violent anarchy is. On the spiral world, the
    /// Kantian culture must have fewer wars per run than the Hobbesian one, the difference's 95% interval below zero.
    /// </summary>
    [Fact]
    public void Spiral_KantianCulture_HasFewerWarsThanHobbesian()
    {
        var r = CliTool.Run("lenses", "scenarios/spiral.yaml", "-r", "300", "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        var outcomes = doc.RootElement.GetProperty("outcomes").EnumerateArray().ToDictionary(o => o.GetProperty("lens").GetString()!);
        Assert.Equal(10, outcomes.Count);
        var kantian = outcomes["kantian"].GetProperty("wars_per_run");
        var hobbesian = outcomes["hobbesian"].GetProperty("wars_per_run");
        var divergence = doc.RootElement.GetProperty("divergences").EnumerateArray()
            .Single(d => d.GetProperty("a").GetString() == "hobbesian" && d.GetProperty("b").GetString() == "kantian")
            .GetProperty("difference");
        var effect = new Estimate(divergence.GetProperty("value").GetDouble(), divergence.GetProperty("lower").GetDouble(), divergence.GetProperty("upper").GetDouble(), 600);
        Console.WriteLine($"wars per run: kantian {kantian.GetProperty("value").GetDouble():F3}, hobbesian {hobbesian.GetProperty("value").GetDouble():F3}; hobbesian - kantian = {effect}");
        Assert.True(effect.AboveZero, $"hobbesian - kantian wars per run: {effect}");
        Assert.True(kantian.GetProperty("value").GetDouble() < hobbesian.GetProperty("value").GetDouble());
    }
}
