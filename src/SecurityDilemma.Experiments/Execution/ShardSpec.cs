using System.Globalization;

namespace SecurityDilemma.Experiments.Execution;

/// <summary>Shard <see cref="Index"/> of <see cref="Count"/>: the runs whose run_id % Count == Index (a deterministic, interleaved share).</summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>The whole sweep.</summary>
    public static ShardSpec All => new(0, 1);

    public bool Contains(long runId) => runId % Count == Index;

    /// <summary>Number of run ids in [0, total) that belong to this shard.</summary>
    public long RunsIn(long total) => total <= Index ? 0 : ((total - 1 - Index) / Count) + 1;

    public override string ToString() => $"{Index}/{Count}";

    /// <summary>Parses <c>K/N</c> with 0 &lt;= K &lt; N.</summary>
    public static ShardSpec Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && k < n)
        {
            return new ShardSpec(k, n);
        }

        throw new InputException("--shard", null, null, "", $"'{text}' is not a shard", "K/N with 0 <= K < N, e.g. 2/4");
    }
}
