using System.Globalization;
using System.Text;

namespace SecurityDilemma.Experiments.Data;

/// <summary>
/// Builds a scenario from NMC data for a set of states and years. The mapping (docs/calibration.md, "From NMC to a
/// scenario") uses only shares among the chosen states, so the currency of <c>milex</c> and the units of the other
/// components cancel:
/// resources_i = 100 N x industry_i / sum industry, with industry the mean of the state's iron-and-steel and energy
/// shares in the first year; initial forces offense_i = defense_i = 5 N x milper_i / sum milper in the first year (NMC
/// does not split posture, so half each is an assumption); growth_i = the mean yearly log change of industry_i over
/// the years (reported, and written as a comment: the scenario format has no growth field).
/// </summary>
public static class NmcScenario
{
    /// <summary>One state's mapped values.</summary>
    public sealed record StateRow(string Abb, double Resources, double Offense, double Defense, double Growth);

    /// <summary>The mapped values of <paramref name="states"/> (COW abbreviations) over <paramref name="years"/>.</summary>
    public static IReadOnlyList<StateRow> Map(IReadOnlyList<NmcRecord> data, IReadOnlyList<string> states, YearRange years, string source)
    {
        if (states.Count < 2)
        {
            throw new InputException("--states", null, null, "", $"{states.Count} state", "at least two COW abbreviations, e.g. GMY,FRN");
        }

        var byKey = data.ToDictionary(r => (r.StateAbb, r.Year));
        NmcRecord Row(string abb, int year) => byKey.TryGetValue((abb, year), out var r)
            ? r
            : throw new InputException(source, null, null, "stateabb", $"no row for {abb} in {year} (not a member of the system then, or a wrong abbreviation)", $"states present in every year of {years}: {string.Join(",", data.Where(d => d.Year == years.First).Select(d => d.StateAbb).Take(30))}");
        double Need(NmcRecord r, double? v, string column) => v ?? throw new InputException(source, null, null, column, $"{r.StateAbb} {r.Year}: missing value (-9)", $"a known {column} for every chosen state in {years}");

        double[] Industry(int year)
        {
            var rows = states.Select(s => Row(s, year)).ToArray();
            var irst = rows.Select(r => Need(r, r.Irst, "irst")).ToArray();
            var pec = rows.Select(r => Need(r, r.Pec, "pec")).ToArray();
            double si = irst.Sum(), sp = pec.Sum();
            return [.. rows.Select((_, i) => ((si > 0 ? irst[i] / si : 0) + (sp > 0 ? pec[i] / sp : 0)) / 2)];
        }

        var n = states.Count;
        var first = Industry(years.First);
        var firstRows = states.Select(s => Row(s, years.First)).ToArray();
        var milper = firstRows.Select(r => Need(r, r.Milper, "milper")).ToArray();
        var sumMilper = milper.Sum();
        var result = new List<StateRow>();
        for (var i = 0; i < n; i++)
        {
            var growth = 0.0;
            if (years.Count > 1)
            {
                var a = Need(firstRows[i], firstRows[i].Irst, "irst") + Need(firstRows[i], firstRows[i].Pec, "pec");
                var lastRow = Row(states[i], years.Last);
                var b = Need(lastRow, lastRow.Irst, "irst") + Need(lastRow, lastRow.Pec, "pec");
                growth = a > 0 && b > 0 ? Math.Log(b / a) / (years.Count - 1) : 0;
            }

            var force = sumMilper > 0 ? 5.0 * n * milper[i] / sumMilper : 5.0;
            result.Add(new StateRow(states[i], 100.0 * n * first[i], force, force, growth));
        }

        return result;
    }

    /// <summary>Scenario YAML for the mapped states (every pair borders; technology at the format's defaults).</summary>
    public static string Yaml(IReadOnlyList<StateRow> rows, YearRange years, string source, int simulatedYears)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.Append(c, $"# Built by 'dilemma data nmc' from {Path.GetFileName(source)}, {years}; mapping in docs/calibration.md.\n");
        b.Append("# resources: industrial share (iron and steel, energy) among these states x 100 N; offense = defense:\n");
        b.Append("# half of the state's share of military personnel x 10 N. Technology, trust and motives are assumptions.\n");
        b.Append("# Yearly industrial growth in the data (no scenario field):");
        foreach (var r in rows)
        {
            b.Append(c, $" {r.Abb} {r.Growth:0.0000}");
        }

        b.Append('\n');
        b.Append(c, $"name: nmc-{years.First}-{years.Last}\n");
        b.Append(c, $"years: {simulatedYears}\n");
        b.Append("states:\n");
        foreach (var r in rows)
        {
            b.Append(c, $"  - name: {r.Abb}\n    resources: {r.Resources:0.###}\n    offense: {r.Offense:0.###}\n    defense: {r.Defense:0.###}\n");
        }

        return b.ToString();
    }
}
