using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace SecurityDilemma.Cli.Tests.Hostile;

/// <summary>
/// Seeded mutations of every shipped scenario and sweep file (deleted, duplicated and swapped lines, hostile values in place
/// of numbers, stray bytes, truncation, deep nesting, tags): each run must exit 0 with valid JSON (or its written
/// scripts), or exit 2 with one line naming the file, never a stack trace, and write nothing when it refuses.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>The master seed; a failure prints the case so it can be replayed.</summary>
    private const int Seed = 20_261_201;

    /// <summary>Mutations per shipped file.</summary>
    private const int PerFile = 12;

    /// <summary>Total time budget; the cases stop early (after at least one per file) when it is spent.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(35);

    private static readonly string[] HostileValues =
        ["-1", "0", "1e309", "NaN", ".inf", "abc", "\"0.5\"", "!!str 0.5", "99999999999", "1e-310", "[1, 2]", "{a: 1}", "~", "''", "*nope", "&a x"];

    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("sd-fuzz-");

    public void Dispose() => dir.Delete(recursive: true);

    [Fact]
    public void MutatedShippedFiles_ExitZeroWithOutput_OrTwoWithOneLineNamingTheFile()
    {
        // Sweeps name their base scenario as ../scenarios/X: mirror that layout in the temporary directory.
        var scenarios = Directory.CreateDirectory(Path.Combine(dir.FullName, "scenarios"));
        var sweeps = Directory.CreateDirectory(Path.Combine(dir.FullName, "sweeps"));
        foreach (var f in Directory.GetFiles(Path.Combine(Cli.RepoRoot, "scenarios"), "*.yaml"))
        {
            File.Copy(f, Path.Combine(scenarios.FullName, Path.GetFileName(f)));
        }

        var files = Directory.GetFiles(Path.Combine(Cli.RepoRoot, "scenarios"), "*.yaml").Select(f => (f, Sweep: false))
            .Concat(Directory.GetFiles(Path.Combine(Cli.RepoRoot, "sweeps"), "*.yaml").Select(f => (f, Sweep: true)))
            .Order().ToList();
        Assert.True(files.Count >= 10, "shipped files not found");
        var random = new Random(Seed);
        var clock = Stopwatch.StartNew();
        int cases = 0, accepted = 0, refused = 0;
        for (var round = 0; round < PerFile && (round == 0 || clock.Elapsed < Budget); round++)
        {
            foreach (var (file, isSweep) in files)
            {
                var original = File.ReadAllBytes(file);
                var (mutation, bytes) = Mutate(original, random);
                var name = $"m{cases}-{Path.GetFileName(file)}";
                var path = Path.Combine(isSweep ? sweeps.FullName : scenarios.FullName, name);
                File.WriteAllBytes(path, bytes);
                var outDir = Directory.CreateDirectory(Path.Combine(dir.FullName, $"out{cases}"));
                var db = Path.Combine(outDir.FullName, "r.duckdb");
                var r = isSweep
                    ? InProcess.Run("sweep", path, "--slurm", "2", "--out", db)
                    : InProcess.Run("run", path, "--years", "3", "--json", "--out", Path.Combine(outDir.FullName, "run"));
                var label = $"case {cases} (seed {Seed}): {mutation} of {Path.GetFileName(file)}\n{r}";
                Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
                if (r.ExitCode == 0)
                {
                    accepted++;
                    if (isSweep)
                    {
                        Assert.True(File.Exists(Path.Combine(outDir.FullName, "r.slurm", "submit.sh")), label);
                    }
                    else
                    {
                        using var doc = JsonDocument.Parse(r.Stdout);
                        Assert.True(Directory.Exists(Path.Combine(outDir.FullName, "run")), label);
                    }
                }
                else
                {
                    refused++;
                    Assert.True(r.ExitCode == 2, label);
                    var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                    Assert.True(lines.Length == 1 && lines[0].StartsWith("error: ", StringComparison.Ordinal), label);
                    Assert.True(lines[0].Contains(name, StringComparison.Ordinal) || lines[0].Contains(".yaml", StringComparison.Ordinal) || lines[0].StartsWith("error: --", StringComparison.Ordinal), label);
                    Assert.True(outDir.GetFileSystemInfos().Length == 0, $"something was written after a refusal: {label}");
                    Assert.Equal("", r.Stdout);
                }

                File.Delete(path);
                outDir.Delete(recursive: true);
                cases++;
            }
        }

        output.WriteLine($"{cases} mutated files in {clock.Elapsed.TotalSeconds:F1} s: {accepted} accepted, {refused} refused (seed {Seed})");
        Assert.True(refused > cases / 4, $"only {refused} of {cases} mutations were refused: the mutations are too weak to test anything");
    }

    private static (string Mutation, byte[] Bytes) Mutate(byte[] original, Random random)
    {
        var text = Encoding.UTF8.GetString(original);
        var lines = text.Split('\n').ToList();
        var i = random.Next(lines.Count);
        switch (random.Next(9))
        {
            case 0:
                lines.RemoveAt(i);
                return ($"line {i + 1} deleted", Join(lines));
            case 1:
                lines.Insert(i, lines[i]);
                return ($"line {i + 1} duplicated", Join(lines));
            case 2:
                var j = random.Next(lines.Count);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                return ($"lines {i + 1} and {j + 1} swapped", Join(lines));
            case 3:
            case 4:
                var numbered = lines.Select((l, k) => (l, k)).Where(x => x.l.Contains(": ", StringComparison.Ordinal) && !x.l.TrimStart().StartsWith('#')).ToList();
                if (numbered.Count == 0)
                {
                    goto case 0;
                }

                var (line, at) = numbered[random.Next(numbered.Count)];
                var value = HostileValues[random.Next(HostileValues.Length)];
                lines[at] = line[..(line.IndexOf(": ", StringComparison.Ordinal) + 2)] + value;
                return ($"line {at + 1} value replaced by {value}", Join(lines));
            case 5:
                var bytes = original.ToList();
                var stray = new byte[] { 0x00, 0x1B, 0xFF, 0xC3, 0x07, 0x09 }[random.Next(6)];
                var pos = random.Next(bytes.Count);
                bytes.Insert(pos, stray);
                return ($"byte {stray:X2} inserted at {pos}", bytes.ToArray());
            case 6:
                var cut = random.Next(original.Length);
                return ($"truncated at byte {cut}", original[..cut]);
            case 7:
                var depth = random.Next(60, 5_000);
                lines.Insert(i, "deep: " + new string('[', depth) + new string(']', depth));
                return ($"{depth}-level nesting at line {i + 1}", Join(lines));
            default:
                var keyed = lines.Select((l, k) => (l, k)).Where(x => x.l.Contains(':', StringComparison.Ordinal) && !x.l.TrimStart().StartsWith('#')).ToList();
                if (keyed.Count == 0)
                {
                    goto case 0;
                }

                var (kl, ki) = keyed[random.Next(keyed.Count)];
                var colon = kl.IndexOf(':', StringComparison.Ordinal);
                var start = kl.Length - kl.TrimStart(' ', '-').Length;
                if (colon - start < 2)
                {
                    goto case 0;
                }

                var c = start + random.Next(colon - start);
                lines[ki] = kl[..c] + kl[(c + 1)..];
                return ($"a letter dropped from the key on line {ki + 1}", Join(lines));
        }
    }

    private static byte[] Join(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));
}
