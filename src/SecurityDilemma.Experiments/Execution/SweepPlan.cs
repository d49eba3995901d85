using System.Security.Cryptography;
using System.Text;
using SecurityDilemma.Engine;
using SecurityDilemma.Experiments.Sampling;
using SecurityDilemma.Experiments.Seeds;
using SecurityDilemma.Experiments.Sweeps;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Experiments.Execution;

/// <summary>
/// A sweep made concrete: every point with its validated scenario, in the order that fixes point ids.
/// Building it checks the whole sweep against the scenario(s), so a bad file fails before anything is written.
/// </summary>
public sealed class SweepPlan
{
    /// <summary>Column names a parameter may not take (they are the runs table's own columns).</summary>
    public static IReadOnlyList<string> ReservedColumns { get; } = ["run_id", "point_id", "replicate", "seed"];

    public SweepPlan(SweepDefinition definition, IReadOnlyList<SweepPoint> points, string scenarioSha256)
    {
        Definition = definition;
        Points = points;
        ScenarioSha256 = scenarioSha256;
        SweepSha256 = Sha256(definition.Text);
    }

    public SweepDefinition Definition { get; }

    public IReadOnlyList<SweepPoint> Points { get; }

    public int Replications => Definition.Replications;

    public long TotalRuns => (long)Points.Count * Replications;

    /// <summary>SHA-256 of the sweep file's text (hex): shards and resumes must agree on it.</summary>
    public string SweepSha256 { get; }

    /// <summary>SHA-256 over the base scenario file(s): a changed scenario makes old results incomparable.</summary>
    public string ScenarioSha256 { get; }

    /// <summary>The point and replicate of <paramref name="runId"/> (run ids are point_id * replications + replicate).</summary>
    public (SweepPoint Point, int Replicate, ulong Seed) Run(long runId)
    {
        var point = Points[(int)(runId / Replications)];
        var replicate = (int)(runId % Replications);
        return (point, replicate, RunSeeds.Run(Definition.Seed, point.Id, replicate));
    }

    /// <summary>Loads the base scenario(s), checks every parameter and point, and samples the points.</summary>
    public static SweepPlan Build(SweepDefinition sweep)
    {
        var source = sweep.Source;
        foreach (var p in sweep.Parameters)
        {
            if (ReservedColumns.Contains(p.Path) || RunMetrics.Names.Contains(p.Path))
            {
                throw new SweepException(source, p.Line, p.Column, $"parameters.{p.Path}", "this name is a column of the results already", "a scenario path such as technology.distinguishability");
            }
        }

        var docs = new Dictionary<string, ScenarioDocument>(StringComparer.Ordinal);
        var hash = new StringBuilder();
        ScenarioDocument LoadScenario(string relative, int line, int column, string field)
        {
            if (docs.TryGetValue(relative, out var known))
            {
                return known;
            }

            var full = Path.GetFullPath(Path.Combine(sweep.Directory, relative));
            if (!File.Exists(full))
            {
                throw new SweepException(source, line, column, field, $"scenario file '{relative}' not found (looked for {full})", "a scenario file path relative to the sweep file");
            }

            var doc = ScenarioDocument.Load(full);
            try
            {
                doc = doc.With(sweep.Fixed.Select(f => f.Override));
            }
            catch (ScenarioException)
            {
                // Re-run one at a time to point at the offending 'set:' line.
                foreach (var f in sweep.Fixed)
                {
                    try
                    {
                        _ = doc.With([f.Override]);
                    }
                    catch (ScenarioException e)
                    {
                        throw new SweepException(source, f.Line, f.Column, $"set.{f.Override.Path}", e.Problem, e.Expected);
                    }
                }

                throw;
            }

            hash.Append(relative).Append('\n').Append(Sha256(File.ReadAllText(full))).Append('\n');
            docs[relative] = doc;
            return doc;
        }

        var scenarioParam = sweep.Parameters.FirstOrDefault(p => p.Path == SweepParameter.ScenarioPath);
        var bases = scenarioParam?.Values?.Select(v => LoadScenario(v, scenarioParam.Line, scenarioParam.Column, "parameters.scenario")).ToList()
            ?? [LoadScenario(sweep.Base!, sweep.BaseLine, sweep.BaseColumn, "base")];

        // Each value on its own first, so a bad path or value is reported at its parameter, not as a point.
        foreach (var p in sweep.Parameters.Where(p => p.Path != SweepParameter.ScenarioPath))
        {
            var probe = p.IsRange ? [SweepParameter.Format(p.Min), SweepParameter.Format(p.Max)] : p.Values!;
            foreach (var value in probe)
            {
                foreach (var doc in bases)
                {
                    try
                    {
                        _ = doc.With([new ParameterOverride(p.Path, value)]).Build();
                    }
                    catch (ScenarioException e)
                    {
                        throw new SweepException(source, p.Line, p.Column, $"parameters.{p.Path}", $"value '{value}': {e.Problem}", e.Expected);
                    }
                }
            }
        }

        var count = sweep.Sampling == "grid"
            ? sweep.Parameters.Aggregate(1L, (n, p) => n * (p.IsRange ? p.Steps!.Value : p.Values!.Count))
            : sweep.Samples!.Value;
        var first = sweep.Parameters[0];
        if (count > SweepLimits.MaxPoints)
        {
            throw new SweepException(source, first.Line, first.Column, "parameters", $"the sweep has {count:N0} points", $"at most {SweepLimits.MaxPoints:N0} ({LimitOverrides.Hint(LimitOverrides.SweepPoints)})");
        }

        if (count * sweep.Replications > SweepLimits.MaxRuns)
        {
            throw new SweepException(source, first.Line, first.Column, "replications", $"the sweep has {count * sweep.Replications:N0} runs ({count:N0} points x {sweep.Replications:N0} replications)", $"at most {SweepLimits.MaxRuns:N0} ({LimitOverrides.Hint(LimitOverrides.SweepRuns)})");
        }

        var values = Samplers.All[sweep.Sampling].Sample(sweep.Parameters, sweep.Samples, RunSeeds.Sampling(sweep.Seed));
        var points = new SweepPoint[values.Count];
        var scenarioIndex = scenarioParam is null ? -1 : sweep.Parameters.ToList().IndexOf(scenarioParam);
        for (var i = 0; i < values.Count; i++)
        {
            var v = values[i];
            var doc = scenarioIndex < 0 ? bases[0] : docs[v[scenarioIndex]];
            var overrides = new List<ParameterOverride>(v.Length);
            for (var d = 0; d < v.Length; d++)
            {
                if (d != scenarioIndex)
                {
                    overrides.Add(new ParameterOverride(sweep.Parameters[d].Path, v[d]));
                }
            }

            try
            {
                points[i] = new SweepPoint(i, v, doc.With(overrides).Build());
            }
            catch (ScenarioException e)
            {
                var where = string.Join(", ", sweep.Parameters.Select((p, d) => $"{p.Path}={v[d]}"));
                throw new SweepException(source, first.Line, first.Column, "parameters", $"point {i} ({where}): {e.Problem}", e.Expected);
            }
        }

        return new SweepPlan(sweep, points, Sha256(hash.ToString()));
    }

    /// <summary>Lower-case hex SHA-256 of UTF-8 text.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
