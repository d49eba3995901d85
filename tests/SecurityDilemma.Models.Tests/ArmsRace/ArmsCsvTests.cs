using SecurityDilemma.Models.ArmsRace;

namespace SecurityDilemma.Models.Tests.ArmsRace;

public class ArmsCsvTests
{
    private static ArmsSeries Parse(string text, string? year = "year")
        => ArmsCsv.Parse(new StringReader(text), "data.csv", "a", "b", year);

    [Fact]
    public void ReadsCommentsQuotesAndYears()
    {
        var s = Parse("# comment\n\"year\",a,b\n1900, 1 ,2\n\n1901,2,3\n1903,4,5\n");
        Assert.Equal([1900.0, 1901, 1903], s.Years);
        Assert.Equal([1.0, 2, 4], s.X);
        Assert.Equal([3.0, 5, 9], s.Sum);
    }

    [Theory]
    [InlineData("year,a,b\n1900,1,2\n1901,,3\n1902,3,4\n", "data.csv:3:6: a: missing value; expected a number")]
    [InlineData("year,a,b\n1900,1,2\n1901,2\n1902,3,4\n", "data.csv:3:7: b: missing value; expected a number")]
    [InlineData("year,a,b\n1900,1,2\n1901,2,x3\n1902,3,4\n", "data.csv:3:8: b: not a number: 'x3'; expected a finite number such as 199.2")]
    [InlineData("year,a,b\n1900,1,2\n1901,2,3\n", "data.csv: only 2 year(s) of data; expected at least 3 years (two yearly changes) to fit")]
    [InlineData("year,a,c\n1900,1,2\n", "data.csv:1:1: b: unknown column (named by --y); expected one of the header's columns: year, a, c")]
    [InlineData("year,a,b\n1900,1,2\n1900,2,3\n1902,3,4\n", "data.csv:3:1: year: year 1900 does not follow 1900; expected strictly increasing years")]
    [InlineData("# only a comment\n", "data.csv: the file is empty; expected a header row naming the columns, then one row per year")]
    public void BadFiles_GiveOneClearMessageWithPosition(string text, string message)
    {
        var e = Assert.Throws<InputException>(() => Parse(text));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void MissingFile_IsAnInputError()
    {
        var e = Assert.Throws<InputException>(() => ArmsCsv.Read("/no/such/file.csv", "a", "b"));
        Assert.Contains("file not found", e.Message);
    }

    [Fact]
    public void WithoutAYearColumn_RowsCountFromOne()
        => Assert.Equal([1.0, 2, 3], Parse("a,b\n1,2\n2,3\n3,4\n", null).Years);
}
