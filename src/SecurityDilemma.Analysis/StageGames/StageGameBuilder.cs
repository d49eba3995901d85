using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Engine;
using SecurityDilemma.Models.Games;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Analysis.StageGames;

/// <summary>
/// Derives, for every observing dyad and peacetime year, the 2x2 stage game implied by the balance, distinguishability
/// and the observer's belief, using the formal-model library's <see cref="OffenseDefenseMapping"/> (docs/diagnosis.md).
/// </summary>
/// <remarks>
/// The game is the mapping's symmetric game at the observer's perceived balance on the border (its leader's perceived
/// balance, or the actual one in force that year, times the border's defensibility) and the distinguishability in force
/// that year. The belief is the observer's trust in the target at the end of the previous year (its prior in year 1),
/// read as the probability that the target restrains; the predicted move is the best reply to it (restrain iff the
/// belief clears Jervis's threshold q*, <see cref="CooperationThreshold"/>). The move played is "arm" when the observer's
/// offensive forces grew over the year and "restrain" otherwise. Years in which the observer was at war, and states no
/// longer in the series, are left out: the stage game is about peacetime arming.
/// </remarks>
public static class StageGameBuilder
{
    /// <summary>The rows of <paramref name="evidence"/>, ordered by year, observer and target.</summary>
    public static IReadOnlyList<StageGameRow> Build(RunEvidence evidence, OffenseDefenseMapping? mapping = null)
        => Build(evidence.Scenario, evidence.Series, evidence.Trust, mapping);

    /// <summary>The rows for a scenario's series and beliefs.</summary>
    public static IReadOnlyList<StageGameRow> Build(Scenario scenario, IReadOnlyList<StateYear> series, IReadOnlyList<TrustRow> trust, OffenseDefenseMapping? mapping = null)
    {
        mapping ??= OffenseDefenseMapping.Default;
        var n = scenario.States.Count;
        var rows = new Dictionary<(int Year, int State), StateYear>();
        foreach (var s in series)
        {
            rows[(s.Year, s.State)] = s;
        }

        var beliefs = new Dictionary<(int Year, int Observer, int Target), double>();
        foreach (var t in trust)
        {
            beliefs[(t.Year, t.Observer, t.Target)] = t.Trust;
        }

        var defensibility = Defensibility(scenario);
        var result = new List<StageGameRow>();
        var years = series.Count == 0 ? 0 : series.Max(s => s.Year);
        for (var year = 1; year <= years; year++)
        {
            var (actual, distinguishability) = TechnologyIn(scenario, year);
            for (var i = 0; i < n; i++)
            {
                if (!rows.TryGetValue((year, i), out var now) || now.AtWar)
                {
                    continue;
                }

                var before = year == 1 ? scenario.States[i].Offense : rows.TryGetValue((year - 1, i), out var prev) ? prev.Offense : double.NaN;
                if (double.IsNaN(before))
                {
                    continue;
                }

                var played = now.Offense > before ? Move.Arm : Move.Restrain;
                for (var j = 0; j < n; j++)
                {
                    if (j == i || !rows.ContainsKey((year, j)) || defensibility[i, j] is not > 0)
                    {
                        continue;
                    }

                    double belief;
                    if (year == 1)
                    {
                        belief = scenario.States[i].PriorTrust;
                    }
                    else if (!beliefs.TryGetValue((year - 1, i, j), out belief))
                    {
                        continue;
                    }

                    var balance = (scenario.States[i].PerceivedOffenseDefenseBalance ?? actual) * defensibility[i, j];
                    var payoffs = mapping.Payoffs(balance, distinguishability);
                    var threshold = CooperationThreshold.For(payoffs);
                    result.Add(new StageGameRow(
                        year,
                        scenario.States[i].Name,
                        scenario.States[j].Name,
                        balance,
                        distinguishability,
                        belief,
                        GameClassifier.Classify(payoffs),
                        threshold.Value,
                        threshold.Cooperates(belief) ? Move.Restrain : Move.Arm,
                        played));
                }
            }
        }

        return result;
    }

    /// <summary>The balance and distinguishability in force in <paramref name="year"/> after scheduled technology changes.</summary>
    internal static (double Balance, double Distinguishability) TechnologyIn(Scenario scenario, int year)
    {
        var balance = scenario.Technology.OffenseDefenseBalance;
        var d = scenario.Technology.Distinguishability;
        foreach (var change in scenario.TechnologyChanges.Where(c => c.Year <= year).OrderBy(c => c.Year))
        {
            balance = change.OffenseDefenseBalance ?? balance;
            d = change.Distinguishability ?? d;
        }

        return (balance, d);
    }

    /// <summary>Defensibility of each pair's border; NaN where two states do not border (every pair borders when none are listed).</summary>
    private static double[,] Defensibility(Scenario scenario)
    {
        var n = scenario.States.Count;
        var d = new double[n, n];
        var index = scenario.States.Select((s, i) => (s.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                d[i, j] = scenario.Borders.Count == 0 ? 1.0 : double.NaN;
            }
        }

        foreach (var b in scenario.Borders)
        {
            d[index[b.A], index[b.B]] = b.Defensibility;
            d[index[b.B], index[b.A]] = b.Defensibility;
        }

        return d;
    }
}
