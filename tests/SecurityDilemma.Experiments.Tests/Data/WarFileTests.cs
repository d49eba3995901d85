using SecurityDilemma.Experiments.Data;
using SecurityDilemma.Experiments.Tests.Support;

namespace SecurityDilemma.Experiments.Tests.Data;

/// <summary>The COW Inter-State War loader and the historical war moments on a synthetic file (CRLF, quoted names, -8/-9).</summary>
public class WarFileTests
{
    private static readonly int[] GreatPowers = [200, 220, 255, 300, 365];

    [Fact]
    public void ReadsParticipations_WithSecondSpellsAndQuotedNames()
    {
        var rows = WarFile.Read(Repo.Examples("cow-wars-synthetic.csv"));
        Assert.Equal(14, rows.Count);
        var russia = rows.Single(r => r.WarNum == 901 && r.CCode == 365);
        Assert.Equal((1850, 1851, 1852, 1853, 1853), (russia.StartYear1, russia.EndYear1, russia.StartYear2, russia.EndYear2, russia.LastYear));
        Assert.Null(rows.Single(r => r.WarNum == 901 && r.CCode == 220).StartYear2); // -8: no second spell
        Assert.Equal("Synthetic War B, with a comma", rows.Single(r => r.WarNum == 902 && r.CCode == 255).WarName);
        Assert.Null(rows.Single(r => r.WarNum == 902 && r.CCode == 345).BatDeath); // -9
        Assert.True(rows.Single(r => r.WarNum == 903 && r.CCode == 255).Initiator);
    }

    [Fact]
    public void Moments_1816To1913_MatchTheHandCount()
    {
        // Wars with great powers on both sides starting 1816-1913: 901 (FRN v RUS, 1850-1853 counting Russia's
        // second spell: 4 years), 902 (GMY v AUH with Serbia: 3 participants, 1 year), 903 (GMY v FRN, 2 years).
        // 904 has one great power; 905 starts in 1914. Dyadic onsets 3 over 10 dyads x 98 years.
        var m = WarMoments.Compute(WarFile.Read(Repo.Examples("cow-wars-synthetic.csv")), GreatPowers, new YearRange(1816, 1913));
        Assert.Equal(3, m.Wars);
        Assert.Equal(30.0 / 98, m.WarsPerDecade, 12);
        Assert.Equal(30.0 / 980, m.WarsPerDyadDecade, 12);
        Assert.Equal(1.0 / 3, m.MultipartyWarShare, 12);
        Assert.Equal(7.0 / 3, m.MeanWarDuration, 12);
    }

    [Fact]
    public void Moments_1914To1918_CountEveryOpposedPair()
    {
        var m = WarMoments.Compute(WarFile.Read(Repo.Examples("cow-wars-synthetic.csv")), GreatPowers, new YearRange(1914, 1918));
        Assert.Equal(1, m.Wars);
        Assert.Equal(2 * 3 * 10.0 / (10 * 5), m.WarsPerDyadDecade, 12);
        Assert.Equal(1.0, m.MultipartyWarShare);
        Assert.Equal(5.0, m.MeanWarDuration);
    }

    [Fact]
    public void MembershipYears_LeaveOutAStateBeforeItJoins_AndCountDyadYearsPerYear()
    {
        // Germany (255) a member only from 1867: war 902 (1866, GMY v AUH) no longer counts; war 903 (1870, GMY v
        // FRN) and 901 (1850, FRN v RUS) do. Dyad-years: 4 members in 1816-1866 (51 years x 6 dyads) and 5 in
        // 1867-1913 (47 years x 10 dyads) = 776; onsets 2.
        var members = SystemMember.ParseList("200,220,255:1867-,300,365", "--states");
        var m = WarMoments.Compute(WarFile.Read(Repo.Examples("cow-wars-synthetic.csv")), members, new YearRange(1816, 1913));
        Assert.Equal(2, m.Wars);
        Assert.Equal(51 * 6 + 47 * 10, m.DyadYears);
        Assert.Equal(20.0 / 776, m.WarsPerDyadDecade, 12);
        Assert.Equal(3.0, m.MeanWarDuration, 12); // 901: 1850-1853 (Russia's second spell), 4 years; 903: 2 years
    }

    [Fact]
    public void MembershipYears_AreCheckedInTheYearAStateEnteredTheWar()
    {
        // Russia (365) a member only until 1849: it entered war 901 in 1850, so that war has no member on its second
        // side and does not count; wars 902 and 903 still do.
        var members = SystemMember.ParseList("200,220,255,300,365:1816-1849", "--states");
        var m = WarMoments.Compute(WarFile.Read(Repo.Examples("cow-wars-synthetic.csv")), members, new YearRange(1816, 1913));
        Assert.Equal(2, m.Wars);
    }

    [Fact]
    public void MembershipList_ParsesSpellsAndRejectsRepeats()
    {
        var members = SystemMember.ParseList("200, 255:1816-1918,255:1925-1945, 325:1860-", "--states");
        Assert.Equal([200, 255, 325], members.Select(x => x.CCode));
        Assert.Empty(members[0].Spells);
        Assert.Equal([new YearRange(1816, 1918), new YearRange(1925, 1945)], members[1].Spells);
        Assert.Equal(new YearRange(1860, YearRange.LastYear), members[2].Spells.Single());
        Assert.False(members[1].IsMember(1920));
        Assert.True(members[2].IsMember(2000));

        var twice = Assert.Throws<InputException>(() => SystemMember.ParseList("200,220,200", "--states"));
        Assert.Contains("state 200 is listed twice", twice.Message, StringComparison.Ordinal);
        var empty = Assert.Throws<InputException>(() => SystemMember.ParseList("200,325:1870-1860", "--states"));
        Assert.Contains("--states (state 325)", empty.Message, StringComparison.Ordinal);
        Assert.Contains("empty range", empty.Message, StringComparison.Ordinal);
        var code = Assert.Throws<InputException>(() => SystemMember.ParseList("200,ITA:1860-", "--states"));
        Assert.Contains("'ITA' is not a COW state code", code.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MembershipYears_ThatNeverOverlap_AreAnInputError()
    {
        var members = SystemMember.ParseList("200:1816-1850,220:1851-1913", "--states");
        var e = Assert.Throws<InputException>(() => WarMoments.Compute(WarFile.Read(Repo.Examples("cow-wars-synthetic.csv")), members, new YearRange(1816, 1913)));
        Assert.Contains("no two of the states are members in the same year", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongColumnSet_NamesTheColumn()
    {
        var text = File.ReadAllText(Repo.Examples("cow-wars-synthetic.csv")).Replace("BatDeath", "BattleDeaths", StringComparison.Ordinal);
        var path = Path.Combine(Repo.TempDir(), "wars.csv");
        File.WriteAllText(path, text);
        var e = Assert.Throws<InputException>(() => WarFile.Read(path));
        Assert.Equal("BattleDeaths", e.Field);
        Assert.Contains("unknown column 'BattleDeaths'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadSide_GivesLineAndField()
    {
        var lines = File.ReadAllLines(Repo.Examples("cow-wars-synthetic.csv"));
        lines[3] = lines[3].Replace(",Germany,1,", ",Germany,3,", StringComparison.Ordinal);
        var path = Path.Combine(Repo.TempDir(), "wars.csv");
        File.WriteAllLines(path, lines);
        var e = Assert.Throws<InputException>(() => WarFile.Read(path));
        Assert.Equal((4, 6, "Side"), (e.Line, e.Column, e.Field));
    }
}
