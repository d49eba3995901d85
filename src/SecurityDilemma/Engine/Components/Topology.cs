using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine.Components;

/// <summary>
/// Who borders whom: a CSR adjacency of directed dyads (row i lists the states i observes, sorted by target), each dyad's
/// reverse and its border's defensibility. Fixed for the run.
/// </summary>
internal sealed class Topology
{
    /// <summary>Lanes of the row passes' vectors; per-dyad arrays they touch carry this much padding.</summary>
    public const int Lanes = 4;

    /// <summary>Number of states.</summary>
    public readonly int N;

    /// <summary>Number of directed dyads.</summary>
    public readonly int M;

    public readonly int[] RowStart;
    public readonly int[] Target;

    /// <summary>The dyad j -> i of dyad i -> j (-1 when j does not list i).</summary>
    public readonly int[] Reverse;

    /// <summary>The border's defensibility: it multiplies the perceived and the actual balance across the dyad.</summary>
    public readonly double[] Defensibility;

    /// <summary>Each row's first canonical dyad (target > row; rows are sorted).</summary>
    public readonly int[] FirstCanonical;

    /// <summary>No borders listed: row i is every other state in order.</summary>
    public readonly bool CompleteGraph;

    /// <summary>The longest row.</summary>
    public readonly int MaxDegree;

    public Topology(Scenario scenario)
    {
        N = scenario.States.Count;
        (RowStart, Target, Defensibility) = BuildAdjacency(scenario);
        M = Target.Length;
        Reverse = BuildReverse(RowStart, Target);
        CompleteGraph = scenario.Borders.Count == 0;
        FirstCanonical = new int[N];
        for (var i = 0; i < N; i++)
        {
            var e = RowStart[i];
            while (e < RowStart[i + 1] && Target[e] < i)
            {
                e++;
            }

            FirstCanonical[i] = e;
            MaxDegree = Math.Max(MaxDegree, RowStart[i + 1] - RowStart[i]);
        }
    }

    /// <summary>The dyad from <paramref name="i"/> to <paramref name="j"/>, or -1 when they do not border.</summary>
    public int EdgeTo(int i, int j)
    {
        if ((uint)j >= (uint)N)
        {
            return -1;
        }

        for (var e = RowStart[i]; e < RowStart[i + 1]; e++)
        {
            if (Target[e] == j)
            {
                return e;
            }
        }

        return -1;
    }

    private static (int[] RowStart, int[] Target, double[] Defensibility) BuildAdjacency(Scenario scenario)
    {
        var n = scenario.States.Count;
        var rowStart = new int[n + 1];
        if (scenario.Borders.Count == 0)
        {
            // Complete graph: every pair borders with defensibility 1.
            var m = n * (n - 1);
            var target = new int[m];
            var geo = new double[m];
            var e = 0;
            for (var i = 0; i < n; i++)
            {
                rowStart[i] = e;
                for (var j = 0; j < n; j++)
                {
                    if (j != i)
                    {
                        target[e] = j;
                        geo[e] = 1.0;
                        e++;
                    }
                }
            }

            rowStart[n] = e;
            return (rowStart, target, geo);
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            index[scenario.States[i].Name] = i;
        }

        var lists = new List<(int Target, double Geo)>[n];
        for (var i = 0; i < n; i++)
        {
            lists[i] = [];
        }

        foreach (var b in scenario.Borders)
        {
            if (!index.TryGetValue(b.A, out var a) || !index.TryGetValue(b.B, out var c))
            {
                throw new ArgumentException($"border between '{b.A}' and '{b.B}' names an unknown state", nameof(scenario));
            }

            if (a == c)
            {
                continue;
            }

            lists[a].Add((c, b.Defensibility));
            lists[c].Add((a, b.Defensibility));
        }

        var total = 0;
        for (var i = 0; i < n; i++)
        {
            // Sorted and deduplicated (the last listing of a border wins), so the row order is canonical.
            lists[i] = [.. lists[i].GroupBy(x => x.Target).Select(g => g.Last()).OrderBy(x => x.Target)];
            total += lists[i].Count;
        }

        var targets = new int[total];
        var geos = new double[total];
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            rowStart[i] = k;
            foreach (var (t, g) in lists[i])
            {
                targets[k] = t;
                geos[k] = g;
                k++;
            }
        }

        rowStart[n] = k;
        return (rowStart, targets, geos);
    }

    private static int[] BuildReverse(int[] rowStart, int[] target)
    {
        var reverse = new int[target.Length];
        var n = rowStart.Length - 1;
        for (var i = 0; i < n; i++)
        {
            for (var e = rowStart[i]; e < rowStart[i + 1]; e++)
            {
                var j = target[e];
                var r = Array.BinarySearch(target, rowStart[j], rowStart[j + 1] - rowStart[j], i);
                reverse[e] = r >= 0 ? r : -1;
            }
        }

        return reverse;
    }
}
