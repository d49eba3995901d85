using SecurityDilemma.Experiments.Data;
using SecurityDilemma.Experiments.Tests.Support;

namespace SecurityDilemma.Experiments.Tests.Data;

/// <summary>The NMC loader on synthetic files in the published v5/v6/v7 layouts (the real data may not be redistributed).</summary>
public class NmcFileTests
{
    [Fact]
    public void ReadsTheSyntheticFile_MissingValuesAndEnteringStates()
    {
        var rows = NmcFile.Read(Repo.Examples("nmc-synthetic.csv"));
        Assert.Equal((5 * 6) + 4, rows.Count);
        var ukg1909 = rows.Single(r => r.StateAbb == "UKG" && r.Year == 1909); // quoted "UKG" in the file
        Assert.Equal(200, ukg1909.CCode);
        Assert.Equal(40000, ukg1909.Milex);
        Assert.Equal(2021, ukg1909.Version);
        Assert.Null(rows.Single(r => r.StateAbb == "UKG" && r.Year == 1912).Milex); // -9
        Assert.Null(rows.Single(r => r.StateAbb == "AUH" && r.Year == 1910).Upop);
        Assert.Equal(1911, rows.Where(r => r.StateAbb == "SRB").Min(r => r.Year)); // enters in 1911
    }

    [Fact]
    public void CrlfAndV5LayoutWithoutVersion_ReadTheSame()
    {
        var dir = Repo.TempDir();
        var v5 = Path.Combine(dir, "nmc-v5.csv");
        File.WriteAllText(v5, "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc\r\n\"GMY\",255,1913,\"85000\",900,-9,220000,64000,13000,0.14\r\nFRN,220,1913,60000,800,4000,60000,39000,6000,0.07\r\n");
        var rows = NmcFile.Read(v5);
        Assert.Equal(2, rows.Count);
        Assert.Equal(("GMY", 85000.0, (double?)null, (double?)null), (rows[0].StateAbb, rows[0].Milex!.Value, rows[0].Irst, rows[0].Version));
        Assert.Equal(0.07, rows[1].Cinc);
    }

    [Theory]
    [InlineData("stateabb,ccode,year,milex,milper,irst,pec,tpop,upop", "cinc", "missing column 'cinc'")]
    [InlineData("stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,gdp", "gdp", "unknown column 'gdp'")]
    [InlineData("stateabb,ccode,yr,milex,milper,irst,pec,tpop,upop,cinc", "yr", "unknown column 'yr'")]
    public void WrongColumnSet_NamesTheColumn(string header, string column, string problem)
    {
        var path = Path.Combine(Repo.TempDir(), "bad.csv");
        File.WriteAllText(path, header + "\nGMY,255,1913,1,1,1,1,1,1,0.1\n");
        var e = Assert.Throws<InputException>(() => NmcFile.Read(path));
        Assert.Equal(column, e.Field);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void NonNumberCell_GivesLineAndColumn()
    {
        var path = Path.Combine(Repo.TempDir(), "bad.csv");
        File.WriteAllText(path, "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc\nGMY,255,1913,1,1,1,1,1,1,0.1\nFRN,220,1913,lots,1,1,1,1,1,0.1\n");
        var e = Assert.Throws<InputException>(() => NmcFile.Read(path));
        Assert.Equal((3, 4, "milex"), (e.Line, e.Column, e.Field));
    }

    [Fact]
    public void ScenarioMapping_UsesSharesAmongTheChosenStates()
    {
        var rows = NmcFile.Read(Repo.Examples("nmc-synthetic.csv"));
        var mapped = NmcScenario.Map(rows, ["GMY", "FRN"], new YearRange(1909, 1913), "nmc");

        // 1909: irst GMY 12000, FRN 4000 (shares 0.75, 0.25); pec 220000, 60000 (0.7857, 0.2143): industry 0.7679, 0.2321.
        Assert.Equal(200 * ((0.75 + (220.0 / 280)) / 2), mapped[0].Resources, 9);
        Assert.Equal(200 * ((0.25 + (60.0 / 280)) / 2), mapped[1].Resources, 9);

        // milper 900 and 800: forces 5 x 2 x share each of offense and defense.
        Assert.Equal(10 * 900.0 / 1700, mapped[0].Offense, 12);
        Assert.Equal(10 * 800.0 / 1700, mapped[1].Defense, 12);

        // FRN's industry grows 2% a year: ln(1.02) per year; GMY's iron and steel grow faster.
        Assert.Equal(Math.Log(1.02), mapped[1].Growth, 3);
        Assert.True(mapped[0].Growth > mapped[1].Growth);
        var yaml = NmcScenario.Yaml(mapped, new YearRange(1909, 1913), "nmc.csv", 50);
        var scenario = Scenarios.ScenarioDocument.Parse(yaml, "built").Build();
        Assert.Equal(["GMY", "FRN"], scenario.States.Select(s => s.Name));
    }

    [Fact]
    public void StateMissingInAYear_IsAnError()
    {
        var rows = NmcFile.Read(Repo.Examples("nmc-synthetic.csv"));
        var e = Assert.Throws<InputException>(() => NmcScenario.Map(rows, ["GMY", "SRB"], new YearRange(1909, 1913), "nmc"));
        Assert.Contains("no row for SRB in 1909", e.Message, StringComparison.Ordinal);
    }
}
