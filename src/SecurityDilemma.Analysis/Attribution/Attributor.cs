using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Runs;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Analysis.Attribution;

/// <summary>
/// Counterfactual attribution of a war to the regulators of the security dilemma (docs/diagnosis.md, "explain").
/// </summary>
/// <remarks>
/// The outcome is "a war between the war's initiator and its target, on opposite sides, at any time in the run".
/// Every coalition S of regulators is neutralized at once (the union of their overrides) and the scenario re-run on
/// seeds seed..seed+R-1, replicate 0 being the run itself (common random numbers). With Y_r(S) the outcome in
/// replicate r, v_r(S) = Y_r(empty) - Y_r(S) is the war averted by neutralizing S. Shapley values are taken per
/// replicate and averaged; since the Shapley value is linear in v, the mean is the Shapley value of the mean game,
/// and the values sum to the total effect mean_r v_r(all). Single changes often avert every war, so the single-
/// regulator shares and the Shapley split are reported side by side.
/// </remarks>
public static class Attributor
{
    /// <summary>Explains war <paramref name="warNumber"/> (1-based) of <paramref name="evidence"/> over <paramref name="replications"/> replicates.</summary>
    public static AttributionReport Explain(RunEvidence evidence, int warNumber, int replications, int threads = 0, IReadOnlyList<Regulator>? regulators = null, CancellationToken cancellation = default)
    {
        regulators ??= RegulatorCatalogue.All;
        if (evidence.Wars.Count == 0)
        {
            throw new InputException(evidence.Source, null, null, "--war", "the run has no war", "a run with at least one war (see 'wars' in run.json)");
        }

        if (warNumber < 1 || warNumber > evidence.Wars.Count)
        {
            throw new InputException("--war", null, null, "", $"there is no war {warNumber}", $"a war number from 1 to {evidence.Wars.Count}");
        }

        var war = evidence.Wars[warNumber - 1];
        var target = war.Sides.Count > 1 && war.Sides[1].Count > 0 ? war.Sides[1][0] : war.Initiator;
        var (players, unavailable) = Available(evidence.Document, regulators);
        var n = players.Count;
        var variants = new Scenario[1 << n];
        for (var mask = 0; mask < variants.Length; mask++)
        {
            var overrides = players.Where((_, i) => (mask & (1 << i)) != 0).SelectMany(p => p.Neutralize);
            variants[mask] = evidence.Document.With(overrides).Build();
        }

        var y = CommonRandomNumbers.Run(variants, evidence.Seed, replications, threads, r => Fought(r, war.Initiator, target) ? 1.0 : 0.0, cancellation);
        var phi = new double[n][];
        var total = new double[replications];
        for (var i = 0; i < n; i++)
        {
            phi[i] = new double[replications];
        }

        var v = new double[variants.Length];
        for (var r = 0; r < replications; r++)
        {
            for (var mask = 0; mask < variants.Length; mask++)
            {
                v[mask] = y[0, r] - y[mask, r];
            }

            var values = Shapley.Values(n, v);
            for (var i = 0; i < n; i++)
            {
                phi[i][r] = values[i];
            }

            total[r] = v[variants.Length - 1];
        }

        var baselineWars = Enumerable.Range(0, replications).Where(r => y[0, r] == 1).ToList();
        var totalEffect = Estimate.Mean(total);
        var effects = players.Select((p, i) =>
        {
            var single = 1 << i;
            var shapley = Estimate.Mean(phi[i]);
            return new RegulatorEffect
            {
                Name = p.Name,
                Kind = p.Kind,
                Neutralize = [.. p.Neutralize.Select(o => $"{o.Path}={o.Value}")],
                Source = p.Source,
                WarRate = Estimate.Proportion(Count(y, single, replications), replications),
                AvertedShare = Estimate.Proportion(baselineWars.Count(r => y[single, r] == 0), baselineWars.Count),
                AvertsInThisRun = y[0, 0] == 1 && y[single, 0] == 0,
                Shapley = shapley,
                ShapleyShare = totalEffect.Value != 0 ? shapley.Value / totalEffect.Value : null,
            };
        }).ToList();
        var names = players.Select(p => p.Name).ToList();
        var main = MainCauses(names, phi);
        return new AttributionReport
        {
            WarNumber = warNumber,
            War = war,
            Target = target,
            Replications = replications,
            FirstSeed = evidence.Seed,
            LastSeed = Replications.SeedOf(evidence.Seed, replications - 1),
            BaselineWarRate = Estimate.Proportion(Count(y, 0, replications), replications),
            AllNeutralizedWarRate = Estimate.Proportion(Count(y, variants.Length - 1, replications), replications),
            TotalEffect = totalEffect,
            ShapleySum = effects.Sum(e => e.Shapley.Value),
            Regulators = effects,
            Unavailable = unavailable,
            MainCauses = main,
            MainCauseLead = Lead(names, phi, main),
        };
    }

    /// <summary>The regulators this engine can neutralize in <paramref name="document"/> (at most <see cref="Shapley.MaxPlayers"/>), and the others with the reason.</summary>
    public static (IReadOnlyList<Regulator> Players, IReadOnlyList<UnavailableRegulator> Unavailable) Available(ScenarioDocument document, IReadOnlyList<Regulator> regulators)
    {
        var players = new List<Regulator>();
        var unavailable = new List<UnavailableRegulator>();
        foreach (var reg in regulators)
        {
            try
            {
                document.With(reg.Neutralize).Build();
                if (players.Count == Shapley.MaxPlayers)
                {
                    unavailable.Add(new UnavailableRegulator(reg.Name, $"exact Shapley values are limited to {Shapley.MaxPlayers} regulators"));
                    continue;
                }

                players.Add(reg);
            }
            catch (ScenarioException e)
            {
                unavailable.Add(new UnavailableRegulator(reg.Name, e.Message));
            }
        }

        return (players, unavailable);
    }

    /// <summary>
    /// The regulator with the largest positive Shapley value and every other positive one not clearly below it: one whose
    /// per-replicate difference from the top (paired over the common random numbers) has a 95% Student-t interval that
    /// reaches zero. With a single replicate there is no interval and only exact ties count. Regulators that each alone
    /// avert the same wars have identical values in every replicate and are always listed together.
    /// </summary>
    internal static List<string> MainCauses(IReadOnlyList<string> names, double[][] phi)
    {
        if (names.Count == 0)
        {
            return [];
        }

        var values = phi.Select(p => p.Average()).ToArray();
        var top = Enumerable.Range(0, names.Count).MaxBy(i => values[i]);
        if (values[top] <= 1e-12)
        {
            return [];
        }

        return [.. Enumerable.Range(0, names.Count)
            .Where(k => values[k] > 1e-12 && (k == top || !ClearlyBelow(phi[top], phi[k])))
            .Select(k => names[k])];
    }

    /// <summary>How far the top main cause is ahead of the strongest regulator outside the main causes, or null when there is no main cause or none outside.</summary>
    internal static MainCauseLead? Lead(IReadOnlyList<string> names, double[][] phi, IReadOnlyList<string> main)
    {
        var rest = Enumerable.Range(0, names.Count).Where(k => !main.Contains(names[k])).ToList();
        if (main.Count == 0 || rest.Count == 0)
        {
            return null;
        }

        var top = Enumerable.Range(0, names.Count).MaxBy(i => phi[i].Average());
        var next = rest.MaxBy(k => phi[k].Average());
        return new MainCauseLead(names[next], PairedDifference(phi[top], phi[next]));
    }

    /// <summary>True when <paramref name="lower"/> is below <paramref name="upper"/> with a paired interval above zero.</summary>
    private static bool ClearlyBelow(double[] upper, double[] lower)
    {
        var lead = PairedDifference(upper, lower);
        return lead.N < 2 ? lead.Value > 1e-12 : lead.Lower > 1e-12;
    }

    private static Estimate PairedDifference(double[] a, double[] b) => Estimate.Mean(a.Select((x, r) => x - b[r]));

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> fought on opposite sides in the run.</summary>
    public static bool Fought(RunResult run, string a, string b)
        => run.Wars.Any(w => w.Sides.Count > 1 && ((w.Sides[0].Contains(a) && w.Sides[1].Contains(b)) || (w.Sides[0].Contains(b) && w.Sides[1].Contains(a))));

    private static int Count(double[,] y, int variant, int replications)
    {
        var c = 0;
        for (var r = 0; r < replications; r++)
        {
            c += y[variant, r] == 1 ? 1 : 0;
        }

        return c;
    }
}
