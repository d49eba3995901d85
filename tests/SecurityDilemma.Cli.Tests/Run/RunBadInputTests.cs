namespace SecurityDilemma.Cli.Tests.Run;

/// <summary>Every bad input to <c>dilemma run</c> exits 2 with one line on stderr and writes nothing to --out.</summary>
public class RunBadInputTests
{
    private const string Good = "name: x\nyears: 5\nstates:\n  - name: A\n  - name: B\n";

    [Theory]
    [InlineData("", new string[0], "bad.yaml: the file is empty")]
    [InlineData("name: [x\n", new string[0], "bad.yaml:")]
    [InlineData("name: x\nstates:\n\t- name: A\n", new string[0], "bad.yaml:3:1: a tab character")]
    [InlineData("name: x\nstates:\n  - name: A\n    offense: 1\n    offense: 1\n  - name: B\n", new string[0], "bad.yaml:5:5: states[0].offense: duplicate key")]
    [InlineData("name: x\nyears: soon\nstates:\n  - name: A\n  - name: B\n", new string[0], "bad.yaml:2:8: years: 'soon' is not a number; expected a whole number in [1, 10000]")]
    [InlineData("name: x\nstates:\n  - name: A\n    offense: -1\n  - name: B\n", new string[0], "bad.yaml:4:14: states.A.offense: -1 is negative")]
    [InlineData("name: x\nstates:\n  - name: A\n    worst_case_bias: 2\n  - name: B\n", new string[0], "bad.yaml:4:22: states.A.worst_case_bias: 2 is too large; expected a number in [0, 1]")]
    [InlineData("name: x\nstates:\n  - name: A\n  - name: B\nborders:\n  - between: [A, Q]\n    defensibility: 2\n", new string[0], "bad.yaml:6:18: borders[0].between[1]: unknown state 'Q'")]
    [InlineData("name: x\nstates:\n  - name: A\n  - name: B\nguarantees:\n  - guarantor: B\n    protege: B\n", new string[0], "bad.yaml:7:14: guarantees[0].protege: 'B' cannot guarantee itself")]
    [InlineData("name: x\nstates:\n  - name: A\n  - name: B\nalliances:\n  - members: [A]\n", new string[0], "bad.yaml:6:14: alliances[0].members: has 1 item")]
    [InlineData("name: x\nstates:\n  - name: A\n  - name: B\nalliances:\n  - members: [A, Bee]\n", new string[0], "bad.yaml:6:18: alliances[0].members[1]: unknown state 'Bee'; did you mean 'B'?")]
    [InlineData("name: x\nstates:\n  - name: A\n  - name: B\nalliances:\n  - members: [A, B]\n    commitment: 3\n", new string[0], "bad.yaml:7:17: alliances[0].commitment: 3 is too large; expected a number in [0, 1]")]
    [InlineData("name: x\nstates:\n  - name: A\n  - name: B\nguarantees:\n  - guarantor: A\n    protege: B\n    commitment: -1\n", new string[0], "bad.yaml:8:17: guarantees[0].commitment: -1 is negative")]
    [InlineData(Good, new[] { "--set", "states.A.offence=2" }, "--set: states.A.offence: unknown field 'offence' in states.A; did you mean 'offense'?")]
    [InlineData(Good, new[] { "--set", "nonsense" }, "--set: nonsense: not of the form PATH=VALUE")]
    [InlineData(Good, new[] { "--set", "states.*.prior_trust=1.5" }, "--set: states.A.prior_trust: 1.5 is too large; expected a number in [0, 1]")]
    [InlineData(Good, new[] { "--years", "0" }, "--years: 0 is out of range; expected a whole number from 1 to 10000")]
    [InlineData(Good, new[] { "--years", "10001" }, "--years: 10001 is out of range")]
    [InlineData(Good, new[] { "--replications", "0" }, "--replications: 0 is out of range; expected a whole number from 1 to 1000000")]
    [InlineData(Good, new[] { "--threads", "0" }, "--threads: 0 is out of range")]
    [InlineData(Good, new[] { "--format", "xml" }, "--format: unknown format 'xml'; expected csv or parquet")]
    [InlineData(Good, new[] { "--seed", "minus-one" }, "")]
    public void BadInput_ExitTwo_OneLine_NothingWritten(string yaml, string[] extra, string expectedStart)
    {
        var dir = Directory.CreateTempSubdirectory("sd-run-bad-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "bad.yaml"), yaml);
            var r = Cli.Run(["run", "bad.yaml", "--out", "out", .. extra], dir.FullName);
            Assert.True(r.ExitCode == 2, r.ToString());
            Assert.Equal("", r.Stdout);
            Assert.StartsWith("error: " + expectedStart, r.Stderr, StringComparison.Ordinal);
            if (expectedStart.Length > 0)
            {
                Assert.Single(r.Stderr.TrimEnd('\n').Split('\n'));
            }

            Assert.Equal(["bad.yaml"], Directory.GetFileSystemEntries(dir.FullName).Select(f => Path.GetFileName(f)!).ToArray());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void MissingFile_ExitTwo_NothingWritten()
    {
        var dir = Directory.CreateTempSubdirectory("sd-run-missing-");
        try
        {
            var r = Cli.Run(["run", "missing.yaml", "--out", "out"], dir.FullName);
            Assert.True(r.ExitCode == 2, r.ToString());
            Assert.Equal("error: missing.yaml: file not found; expected an existing scenario file, e.g. scenarios/spiral.yaml\n", r.Stderr);
            Assert.Empty(Directory.GetFileSystemEntries(dir.FullName));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void NonEmptyOutDirectory_IsRefused_AndLeftAlone()
    {
        var dir = Directory.CreateTempSubdirectory("sd-run-full-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "keep.txt"), "mine");
            var r = Cli.Run("run", "scenarios/spiral.yaml", "--out", dir.FullName);
            Assert.True(r.ExitCode == 2, r.ToString());
            Assert.Equal($"error: --out: {dir.FullName}: is a directory that is not empty; expected a new or empty directory (outputs are never overwritten)\n", r.Stderr);
            Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(dir.FullName).Select(f => Path.GetFileName(f)!).ToArray());
            Assert.Equal("mine", File.ReadAllText(Path.Combine(dir.FullName, "keep.txt")));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
