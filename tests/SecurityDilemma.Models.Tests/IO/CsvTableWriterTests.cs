using System.Globalization;
using SecurityDilemma.IO;

namespace SecurityDilemma.Models.Tests.IO;

/// <summary>The one CSV writer: what it writes, the one CSV reader (<see cref="CsvRows"/>) reads back exactly.</summary>
public sealed class CsvTableWriterTests
{
    private static readonly string[] Texts =
    [
        "Athens", "Rome, Empire", "Say \"hi\"", "two\nlines", "semi;colon;s;;", "tab\there", "#not a comment", "", "'single'", "=1+2", "Ünïcödé ✓",
    ];

    private static readonly double[] Numbers =
    [
        0, -0.0, 1.0 / 3, 2.5e-8, -1e300, double.Epsilon, double.MaxValue, 123456789.125, 1e-310,
    ];

    [Fact]
    public void QuotingDelimitersAndNumbers_RoundTripThroughTheReader_UnderADecimalCommaCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // A decimal comma and a list separator ';' in the current culture must not leak into the file.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var text = CsvTableWriter.ToText(["name", "value", "count", "flag", "seed"], csv =>
            {
                for (var i = 0; i < Texts.Length * Numbers.Length; i++)
                {
                    csv.Text(Texts[i % Texts.Length]).Number(Numbers[i % Numbers.Length]).Integer(-i).Boolean(i % 2 == 0).Integer(ulong.MaxValue - (ulong)i).EndRow();
                }
            });

            Assert.StartsWith("name,value,count,flag,seed\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
            var rows = CsvRows.Read(new StringReader(text), "t.csv").ToList();
            Assert.Equal(["name", "value", "count", "flag", "seed"], rows[0].Cells.Select(c => c.Text));
            Assert.Equal(1 + (Texts.Length * Numbers.Length), rows.Count);
            for (var i = 0; i < rows.Count - 1; i++)
            {
                var cells = rows[i + 1].Cells.Select(c => c.Text).ToArray();
                Assert.Equal(5, cells.Length);
                Assert.Equal(Texts[i % Texts.Length].Trim(), cells[0]);
                var number = double.Parse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture);
                Assert.Equal(BitConverter.DoubleToInt64Bits(Numbers[i % Numbers.Length]), BitConverter.DoubleToInt64Bits(number));
                Assert.Equal((-i).ToString(CultureInfo.InvariantCulture), cells[2]);
                Assert.Equal(i % 2 == 0 ? "true" : "false", cells[3]);
                Assert.Equal(ulong.MaxValue - (ulong)i, ulong.Parse(cells[4], CultureInfo.InvariantCulture));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void QuotesOnlyWhereRfc4180Requires_AndWritesNonFiniteNumbersAsEmptyFields()
    {
        var text = CsvTableWriter.ToText(["a", "b", "c"], csv =>
        {
            csv.Text("plain").Text("with, comma").Text("with \"quote\"").EndRow();
            csv.Number(double.NaN).Number(double.PositiveInfinity).Text(null).EndRow();
        });

        Assert.Equal("a,b,c\nplain,\"with, comma\",\"with \"\"quote\"\"\"\n,,\n", text);
    }

    [Fact]
    public void ToFile_WritesUtf8WithoutAByteOrderMark()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sd-csvw-{Guid.NewGuid():N}.csv");
        try
        {
            using (var csv = CsvTableWriter.ToFile(path, ["name"]))
            {
                csv.Text("Ünïcödé").EndRow();
            }

            var bytes = File.ReadAllBytes(path);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.Equal("name\nÜnïcödé\n", System.Text.Encoding.UTF8.GetString(bytes));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
