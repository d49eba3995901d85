namespace SecurityDilemma.Experiments.Data;

/// <summary>Reads the COW Inter-State War participants file (Inter-StateWarData_v4.0.csv layout).</summary>
/// <remarks>
/// Columns: <c>WarNum,WarName,WarType,ccode,StateName,Side,StartMonth1,StartDay1,StartYear1,EndMonth1,EndDay1,
/// EndYear1,StartMonth2,StartDay2,StartYear2,EndMonth2,EndDay2,EndYear2,TransFrom,WhereFought,Initiator,Outcome,
/// TransTo,BatDeath,Version</c> (any order, names compared without case). One row per state and war; -8 is "not
/// applicable" (no second spell) and -9 "unknown".
/// </remarks>
public static class WarFile
{
    /// <summary>The columns of the v4.0 participants file.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "WarNum", "WarName", "WarType", "ccode", "StateName", "Side",
        "StartMonth1", "StartDay1", "StartYear1", "EndMonth1", "EndDay1", "EndYear1",
        "StartMonth2", "StartDay2", "StartYear2", "EndMonth2", "EndDay2", "EndYear2",
        "TransFrom", "WhereFought", "Initiator", "Outcome", "TransTo", "BatDeath", "Version",
    ];

    /// <summary>Reads every participation row of <paramref name="path"/>, in file order.</summary>
    public static IReadOnlyList<WarParticipation> Read(string path)
    {
        using var t = CsvTable.Open(path, "COW Inter-State War (v4.0)", Columns, []);
        var rows = new List<WarParticipation>();
        while (t.Read())
        {
            var side = t.Int("Side");
            if (side is not (1 or 2))
            {
                throw t.Error("Side", $"side {side}", "1 or 2");
            }

            var start = Year(t, "StartYear1") ?? throw t.Error("StartYear1", "no start year", "the year the state entered the war");
            var initiator = t.Int("Initiator");
            rows.Add(new WarParticipation
            {
                WarNum = t.Int("WarNum"),
                WarName = t.Text("WarName"),
                WarType = t.Int("WarType"),
                CCode = t.Int("ccode"),
                StateName = t.Text("StateName"),
                Side = side,
                StartYear1 = start,
                EndYear1 = Year(t, "EndYear1"),
                StartYear2 = Year(t, "StartYear2"),
                EndYear2 = Year(t, "EndYear2"),
                Initiator = initiator == 1,
                Outcome = t.Number("Outcome") is { } o ? (int)o : null,
                BatDeath = t.Number("BatDeath"),
            });
        }

        return rows;
    }

    private static int? Year(CsvTable t, string column)
    {
        var v = t.Number(column);
        return v is null ? null : v is >= 1 and <= 9999 && v == Math.Floor(v.Value) ? (int)v : throw t.Error(column, $"'{t.Text(column)}' is not a year", "a year, or -8 / -9");
    }
}
