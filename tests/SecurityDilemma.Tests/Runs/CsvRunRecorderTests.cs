using System.Globalization;
using SecurityDilemma.Engine;
using SecurityDilemma.Runs;

namespace SecurityDilemma.Tests.Runs;

public class CsvRunRecorderTests
{
    [Fact]
    public void WritesTidyRows_QuotesWhereNeeded_AndNumbersRoundTrip()
    {
        var dir = Directory.CreateTempSubdirectory("sd-csv-");
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE"); // a decimal comma must not leak into the files
            var third = 1.0 / 3;
            using (var rec = new CsvRunRecorder(dir.FullName, ["Athens", "Rome, Empire", "Say \"hi\""]))
            {
                rec.State(new StateYear(1, 1, 100, third, 2.5e-8, 0.5, 0.125, 0.9, 0.25, true));
                rec.Trust(1, 0, 2, third);
                rec.Event(new EngineEvent(2, EventKind.WarStart, [1, 2], "Rome, Empire attacks \"Say hi\""));
            }

            var series = File.ReadAllLines(Path.Combine(dir.FullName, "series.csv"));
            Assert.Equal(string.Join(',', CsvRunRecorder.SeriesColumns), series[0]);
            Assert.Equal($"1,\"Rome, Empire\",100,{third.ToString("R", CultureInfo.InvariantCulture)},2.5E-08,0.5,0.125,0.9,0.25,true", series[1]);
            var offense = double.Parse(series[1].Split("\",")[1].Split(',')[1], CultureInfo.InvariantCulture);
            Assert.Equal(third, offense); // exact round trip

            Assert.Equal(["year,observer,target,trust", $"1,Athens,\"Say \"\"hi\"\"\",{third.ToString("R", CultureInfo.InvariantCulture)}"], File.ReadAllLines(Path.Combine(dir.FullName, "trust.csv")));
            Assert.Equal(["year,kind,states,detail", "2,war_start,\"Rome, Empire;Say \"\"hi\"\"\",\"Rome, Empire attacks \"\"Say hi\"\"\""], File.ReadAllLines(Path.Combine(dir.FullName, "events.csv")));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            dir.Delete(recursive: true);
        }
    }
}
