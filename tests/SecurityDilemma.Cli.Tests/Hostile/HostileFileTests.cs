using System.Diagnostics;
using System.Text;

namespace SecurityDilemma.Cli.Tests.Hostile;

/// <summary>Input files that are not what they claim: devices, pipes, directories, deep nesting, bad encodings, tags, quoted numbers.</summary>
public sealed class HostileFileTests : IDisposable
{
    private const string Scenario = "name: x\nyears: 5\nstates:\n  - name: A\n  - name: B\n";
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("sd-hostile-");

    public void Dispose() => dir.Delete(recursive: true);

    private string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Sweep(string body) => Write("s.yaml", "base: scenario.yaml\n" + body);

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void Devices_AreRefusedBeforeReading_ByEveryReader(string device)
    {
        Write("scenario.yaml", Scenario);
        var sweepWithDeviceBase = Write("base.yaml", $"base: {device}\nparameters:\n  years: [3, 4]\n");
        Refusal.Assert(InProcess.Run("validate", device), 2, "not a regular file");
        Refusal.Assert(InProcess.Run("run", device), 2, "not a regular file");
        Refusal.Assert(InProcess.Run("sweep", device, "--out", Path.Combine(dir.FullName, "o.duckdb")), 2, "not a regular file");
        Refusal.Assert(InProcess.Run("sweep", sweepWithDeviceBase, "--out", Path.Combine(dir.FullName, "o.duckdb")), 2, "not a regular file");
        Refusal.Assert(InProcess.Run("richardson", "fit", device, "--x", "a", "--y", "b"), 2, "not a regular file");
        Assert.Single(dir.GetFileSystemInfos(), f => f.Name == "base.yaml");
    }

    [Fact]
    public void Fifo_IsRefusedAtOnce_NotWaitedOn()
    {
        var fifo = Path.Combine(dir.FullName, "pipe.yaml");
        using (var mk = Process.Start("mkfifo", fifo))
        {
            mk.WaitForExit();
        }

        var clock = Stopwatch.StartNew();
        Refusal.Assert(InProcess.Run("validate", fifo), 2, "pipe.yaml: the file is empty, or not a regular file");
        Refusal.Assert(InProcess.Run("sweep", fifo), 2, "not a regular file");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void EmptyFileNameAndDirectory_AreNamedPlainly()
    {
        Assert.Equal("error: the file name is empty; expected a scenario file, e.g. scenarios/spiral.yaml", Refusal.Assert(InProcess.Run("validate", ""), 2, "file name is empty"));
        Refusal.Assert(InProcess.Run("validate", dir.FullName), 2, "is a directory");
    }

    [Fact]
    public void SweepWith100000LevelsOfFlowNesting_IsRefused_NotAStackOverflow()
    {
        Write("scenario.yaml", Scenario);
        var deep = Sweep("parameters:\n  years: " + new string('[', 100_000) + "3" + new string(']', 100_000) + "\n");
        Refusal.Assert(InProcess.Run("sweep", deep, "--out", Path.Combine(dir.FullName, "o.duckdb")), 2, "s.yaml:3:");
        Assert.Contains("nesting deeper than 64 levels", InProcess.Run("sweep", deep).Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xC3, 0x28, 0x0A }, "x.yaml:1:7: invalid UTF-8 (byte C3)")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x6E, 0x00 }, "x.yaml:1:1: UTF-16 or UTF-32 text")]
    [InlineData(new byte[] { 0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0x61, 0x1B, 0x5B, 0x33, 0x31, 0x6D, 0x0A }, "x.yaml:1:8: a control character (U+001B)")]
    [InlineData(new byte[] { 0x6E, 0x0A, 0x6E, 0x61, 0x00, 0x0A }, "x.yaml:2:3: binary content (a NUL byte)")]
    public void BadEncodingsAndControlBytes_AreRefusedWithTheirPlace(byte[] bytes, string expected)
    {
        var file = WriteBytes("x.yaml", bytes);
        Refusal.Assert(InProcess.Run("validate", file), 2, expected);
        Write("scenario.yaml", Scenario);
        var sweep = WriteBytes("s.yaml", bytes);
        Refusal.Assert(InProcess.Run("sweep", sweep, "--out", Path.Combine(dir.FullName, "o.duckdb")), 2, expected.Replace("x.yaml", "s.yaml", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(dir.FullName, "o.duckdb")));
    }

    [Fact]
    public void Utf16Csv_IsRefused_NotReadAsUtf8()
    {
        var csv = WriteBytes("d.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("year,a,b\n1,1,2\n2,2,3\n3,3,5\n")).ToArray());
        Refusal.Assert(InProcess.Run("richardson", "fit", csv, "--x", "a", "--y", "b"), 2, "d.csv:1:1: UTF-16 or UTF-32 text");
    }

    [Fact]
    public void YamlTags_AreRefusedWhereANumberIsRequired_InScenariosAndSweeps()
    {
        var scenario = Write("scenario.yaml", "name: x\nstates:\n  - name: A\n    prior_trust: !!str 0.5\n  - name: B\n");
        Refusal.Assert(InProcess.Run("validate", scenario), 2, "scenario.yaml:4:18: states[0].prior_trust: a YAML tag ('!!str')");
        Write("scenario.yaml", Scenario);
        Refusal.Assert(InProcess.Run("sweep", Sweep("replications: !!str 5\nparameters:\n  years: [3, 4]\n")), 2, "s.yaml:2:15: a YAML tag ('!!str')");
    }

    [Theory]
    [InlineData("replications: \"5\"\nparameters:\n  years: [3, 4]\n", "s.yaml:2:15: replications: '5' is quoted, so it is text")]
    [InlineData("parameters:\n  years: [\"3\", 4]\n", "s.yaml:3:11: parameters.years: '3' is quoted, so it is text")]
    [InlineData("series: 'true'\nparameters:\n  years: [3, 4]\n", "s.yaml:2:9: series: 'true' is quoted")]
    [InlineData("sampling: random\nsamples: 4\nparameters:\n  states.*.prior_trust: {min: '0.1', max: 0.9}\n", "parameters.states.*.prior_trust.min: '0.1' is quoted")]
    public void QuotedNumbersAndBooleans_AreRefusedInSweeps_AsInScenarios(string body, string expected)
    {
        Write("scenario.yaml", Scenario);
        Refusal.Assert(InProcess.Run("sweep", Sweep(body), "--out", Path.Combine(dir.FullName, "o.duckdb")), 2, expected);
        var quotedInScenario = Write("q.yaml", "name: x\nyears: \"5\"\nstates:\n  - name: A\n  - name: B\n");
        Refusal.Assert(InProcess.Run("validate", quotedInScenario), 2, "q.yaml:2:8: years:");
    }

    [Fact]
    public void ScenarioOfFiveThousandStatesWithoutBorders_IsRefusedBeforeWork()
    {
        var sb = new StringBuilder("name: big\nyears: 2\nstates:\n");
        for (var i = 0; i < 5_000; i++)
        {
            sb.Append("  - name: S").Append(i).Append('\n');
        }

        var file = Write("big.yaml", sb.ToString());
        Refusal.Assert(InProcess.Run("validate", file), 2, "states: 5,000 states and no borders make 12,497,500 neighbouring pairs; expected at most 1,000 states without borders");
    }

    [Fact]
    public void BillionLaughs_IsRefusedQuickly_WithoutExpandingTheAliases()
    {
        var sb = new StringBuilder("name: x\nyears: 5\nlol0: &a0 lol\n");
        for (var level = 1; level <= 9; level++)
        {
            sb.Append("lol").Append(level).Append(": &a").Append(level).Append(" [")
                .AppendJoin(", ", Enumerable.Repeat($"*a{level - 1}", 10)).Append("]\n");
        }

        sb.Append("states:\n  - name: A\n  - name: B\n");
        var file = Write("laughs.yaml", sb.ToString());
        var clock = Stopwatch.StartNew();
        Refusal.Assert(InProcess.Run("validate", file), 2, "laughs.yaml:3:1:");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void TenGibibyteFile_IsRefusedBeforeItIsRead()
    {
        var path = Path.Combine(dir.FullName, "huge.yaml");
        using (var f = new FileStream(path, FileMode.Create))
        {
            f.SetLength(10L * 1024 * 1024 * 1024); // sparse: no disk is used
        }

        var clock = Stopwatch.StartNew();
        Refusal.Assert(InProcess.Run("validate", path), 2, "huge.yaml: file is 10737418240 bytes; expected a scenario file");
        Refusal.Assert(InProcess.Run("run", path), 2, "raise with --limit file-bytes=N");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void ScenarioWithAMillionLevelsOfNesting_IsRefused_NotAStackOverflow()
    {
        var file = Write("deep.yaml", "name: x\nyears: " + new string('[', 1_000_000) + new string(']', 1_000_000) + "\nstates:\n  - name: A\n  - name: B\n");
        Refusal.Assert(InProcess.Run("validate", file), 2, "nesting deeper than 64 levels");
    }
}
