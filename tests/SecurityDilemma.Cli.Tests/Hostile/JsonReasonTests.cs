using System.Text.Json;
using SecurityDilemma.Cli.Infrastructure;

namespace SecurityDilemma.Cli.Tests.Hostile;

/// <summary>
/// JSON never holds NaN or Infinity: a number that cannot be computed is <c>null</c> with a sibling <c>NAME_reason</c>
/// (README.md, "JSON output"), or the input is refused before any work. One test per case the hostile-input campaign found.
/// </summary>
public sealed class JsonReasonTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("sd-json-");

    public void Dispose() => dir.Delete(recursive: true);

    private static string Shipped(string relative) => Path.Combine(Cli.RepoRoot, relative);

    /// <summary>Parses stdout strictly (no named floating-point literals) and checks no non-finite number slipped through.</summary>
    private static JsonDocument Valid(CliResult r)
    {
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.DoesNotContain("NaN", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("not-finite", r.Stdout, StringComparison.Ordinal);
        return JsonDocument.Parse(r.Stdout);
    }

    private static void AssertNullWithReason(JsonElement owner, string name, string reason)
    {
        Assert.Equal(JsonValueKind.Null, owner.GetProperty(name).ValueKind);
        Assert.Contains(reason, owner.GetProperty(name + "_reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Serializer_WritesNullAndAReason_ForObjectsAndNestedLists_AndNothingExtraWhenFinite()
    {
        var text = Json.Serialize(new { a = 1.5, b = double.NaN, inner = new { c = double.PositiveInfinity }, grid = new[] { new[] { 1.0, double.NaN }, [double.NegativeInfinity, 2.0] } });
        using var doc = JsonDocument.Parse(text);
        var root = doc.RootElement;
        Assert.Equal(1.5, root.GetProperty("a").GetDouble());
        AssertNullWithReason(root, "b", "undefined");
        AssertNullWithReason(root.GetProperty("inner"), "c", "+infinity");
        Assert.Equal(JsonValueKind.Null, root.GetProperty("grid")[0][1].ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("grid")[1][0].ValueKind);
        Assert.StartsWith("[0][1]: not computable", root.GetProperty("grid_reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(["a", "b", "b_reason", "inner", "grid", "grid_reason"], root.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("_reason", Json.Serialize(new { a = 1.5, b = (double?)null }), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SpiralIndexOfAVanishingState_IsNullWithAReason()
    {
        using var doc = Valid(InProcess.Run("run", Shipped("scenarios/spiral.yaml"), "--set", "states.Athens.resources=1e-310", "--years", "20", "--json"));
        AssertNullWithReason(doc.RootElement.GetProperty("metrics"), "spiral_index", "not computable");
    }

    [Fact]
    public void RunReplications_AMetricWithNoValues_IsNullWithAReason()
    {
        // No war in three years of the doubly stable world: first_war_year has no value in any replication (n = 0).
        using var doc = Valid(InProcess.Run("run", Shipped("scenarios/jervis-doubly-stable.yaml"), "--years", "3", "-r", "2", "--json", "--quiet"));
        var metrics = doc.RootElement.GetProperty("metrics");
        var first = metrics.GetProperty("first_war_year");
        Assert.Equal(0, first.GetProperty("n").GetInt32());
        AssertNullWithReason(first, "mean", "0/0");
        AssertNullWithReason(first, "lower", "not computable");
        Assert.Equal(JsonValueKind.Number, metrics.GetProperty("mean_military_burden").GetProperty("mean").ValueKind);
        Assert.False(metrics.GetProperty("mean_military_burden").TryGetProperty("mean_reason", out _));
    }

    [Fact]
    public void Summarize_OneReplication_IntervalBoundsAreNullWithAReason()
    {
        File.WriteAllText(Path.Combine(dir.FullName, "scenario.yaml"), "name: x\nyears: 5\nstates:\n  - name: A\n  - name: B\n");
        var sweep = Path.Combine(dir.FullName, "s.yaml");
        File.WriteAllText(sweep, "base: scenario.yaml\nreplications: 1\nparameters:\n  observation_noise: [0.1, 0.2]\n");
        var db = Path.Combine(dir.FullName, "r.duckdb");
        Assert.Equal(0, InProcess.Run("sweep", sweep, "--out", db, "--quiet").ExitCode);
        var r = InProcess.Run("summarize", db, "--json");
        using var doc = Valid(r);
        var reasons = 0;
        Walk(doc.RootElement);
        Assert.True(reasons > 0, $"no null interval bound with a reason in\n{r.Stdout}");

        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Value.ValueKind == JsonValueKind.Null && e.TryGetProperty(p.Name + "_reason", out var why))
                    {
                        Assert.Contains("fewer than two values", why.GetString(), StringComparison.Ordinal);
                        reasons++;
                    }

                    Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }
    }

    [Theory]
    [InlineData("2", "1")]
    [InlineData("1e12", "1")]
    [InlineData("1", "2")]
    public void CombatCsf_DecisivenessOf1000_GivesAProbability_NotNaN(string attacker, string defender)
    {
        using var doc = Valid(InProcess.Run("combat", "csf", "--attacker", attacker, "--defender", defender, "--decisiveness", "1000", "--json"));
        var p = doc.RootElement.GetProperty("win_probability").GetDouble();
        Assert.Equal(double.Parse(attacker, System.Globalization.CultureInfo.InvariantCulture) > 1 ? 1.0 : 0.0, p, 12);
    }

    [Fact]
    public void CombatLanchester_TinyEffectiveness_IsRefusedBelowTheRange_AndAtTheRangeTheStrongerSideWins_NotADraw()
    {
        Refusal.Assert(InProcess.Run("combat", "lanchester", "--force-a", "1", "--force-b", "1", "--effectiveness-a", "1e-300", "--json"), 2, "--effectiveness-a: 1E-300 is out of range");
        using var doc = Valid(InProcess.Run("combat", "lanchester", "--force-a", "1", "--force-b", "1", "--effectiveness-a", "1e-6", "--json"));
        Assert.Equal("B", doc.RootElement.GetProperty("winner").GetString());
        Assert.True(doc.RootElement.GetProperty("survivors_b").GetDouble() > 0.99);
    }

    [Fact]
    public void Tournament_OneStrategyWithoutSelfPlay_IsRefused_AndTheEmptyDiagonalIsNullWithAReason()
    {
        Refusal.Assert(InProcess.Run("tournament", "--strategies", "tft", "--no-self-play"), 2, "one strategy without self-play plays no match");
        using var doc = Valid(InProcess.Run("tournament", "--strategies", "tft,alld", "--no-self-play", "--turns", "10", "--repetitions", "1", "--json"));
        var pairwise = doc.RootElement.GetProperty("pairwise");
        Assert.Equal(JsonValueKind.Null, pairwise.GetProperty("mean_score_per_turn")[0][0].ValueKind);
        Assert.Equal(JsonValueKind.Number, pairwise.GetProperty("mean_score_per_turn")[0][1].ValueKind);
        Assert.StartsWith("[0][0]: not computable", pairwise.GetProperty("mean_score_per_turn_reason").GetString(), StringComparison.Ordinal);
        var first = doc.RootElement.GetProperty("ranking")[0];
        AssertNullWithReason(first, "ci_lower", "fewer than two values");
    }
}
