using System.Text;

namespace SecurityDilemma.Models.Tests.IO;

/// <summary>The input-file gate: regular files only, a bounded read under the cap, strict UTF-8 with positions.</summary>
public sealed class InputFileTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("sd-inputfile-");

    public void Dispose() => dir.Delete(recursive: true);

    private string Write(byte[] bytes)
    {
        var path = Path.Combine(dir.FullName, "f.txt");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Utf8ByteOrderMark_IsSkipped_AndTextComesBackWhole()
        => Assert.Equal("a: é\n", InputFile.ReadText(Write([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("a: é\n")]), "x"));

    [Fact]
    public void InvalidUtf8_IsPlaced_CountingCharactersNotBytes()
    {
        // "é" is two bytes but one character: the bad byte is the 4th character of line 2.
        var e = Assert.Throws<InputException>(() => InputFile.ReadText(Write([.. Encoding.UTF8.GetBytes("ok\né: "), 0xFF, (byte)'\n']), "x"));
        Assert.Equal((2, 4), (e.Line, e.Column));
        Assert.Contains("invalid UTF-8 (byte FF)", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FileOverTheCap_IsRefused_WithoutReadingItAll()
    {
        var path = Write(new byte[5_000]);
        var e = Assert.Throws<InputException>(() => InputFile.ReadBytes(path, "x", maxBytes: 1_000));
        Assert.Contains("file is 5000 bytes", e.Problem, StringComparison.Ordinal);
        Assert.Equal(1_000, InputFile.ReadBytes(Write(new byte[1_000]), "x", maxBytes: 1_000).Length);
    }

    [Theory]
    [InlineData("/proc/self/status")]
    [InlineData("/dev/zero")]
    public void SpecialFiles_AreRefusedBeforeTheyAreOpened(string path)
        => Assert.Contains("not a regular file", Assert.Throws<InputException>(() => InputFile.ReadText(path, "x")).Problem, StringComparison.Ordinal);

    [Fact]
    public void Echo_EscapesControlCharacters_AndCutsLongRuns()
    {
        Assert.Equal("'a\\u001B[31m'", Echo.Quote("a\u001b[31m"));
        var cut = Echo.Safe("name " + new string('x', 500));
        Assert.Equal("name " + new string('x', 60) + "... (500 characters)", cut);
    }
}
