namespace SecurityDilemma.Experiments.Data;

/// <summary>Reads a National Material Capabilities CSV (v5, v6 or v7 layout; see <see cref="NmcRecord"/>).</summary>
/// <remarks>
/// The columns are <c>stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc</c> and optionally <c>version</c>,
/// in any order. States enter and leave the system, so a state has rows only for its years of membership; a
/// (state, year) given twice is an error.
/// </remarks>
public static class NmcFile
{
    /// <summary>The columns every NMC release has.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["stateabb", "ccode", "year", "milex", "milper", "irst", "pec", "tpop", "upop", "cinc"];

    /// <summary>Reads every row of <paramref name="path"/>, in file order.</summary>
    public static IReadOnlyList<NmcRecord> Read(string path)
    {
        using var t = CsvTable.Open(path, "COW National Material Capabilities", Columns, ["version"]);
        var rows = new List<NmcRecord>();
        var seen = new HashSet<(int, int)>();
        while (t.Read())
        {
            var abb = t.Text("stateabb");
            if (abb.Length == 0)
            {
                throw t.Error("stateabb", "empty state abbreviation", "a COW state abbreviation such as GMY");
            }

            var row = new NmcRecord
            {
                StateAbb = abb,
                CCode = t.Int("ccode"),
                Year = t.Int("year"),
                Milex = t.Number("milex"),
                Milper = t.Number("milper"),
                Irst = t.Number("irst"),
                Pec = t.Number("pec"),
                Tpop = t.Number("tpop"),
                Upop = t.Number("upop"),
                Cinc = t.Number("cinc"),
                Version = t.Has("version") ? t.Number("version") : null,
            };
            if (!seen.Add((row.CCode, row.Year)))
            {
                throw t.Error("year", $"{abb} ({row.CCode}) has a second row for {row.Year}", "one row per state and year");
            }

            rows.Add(row);
        }

        return rows;
    }
}
