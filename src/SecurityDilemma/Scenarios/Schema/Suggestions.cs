using SecurityDilemma.Models.Text;

namespace SecurityDilemma.Scenarios.Schema;

/// <summary>"Did you mean ...?" for misspelt keys, choices and state names.</summary>
public static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="word"/> by edit distance, if it is close enough to be a likely typo.</summary>
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = EditDistance.Levenshtein(word.ToLowerInvariant(), c.ToLowerInvariant());
            if (d < bestDistance)
            {
                best = c;
                bestDistance = d;
            }
        }

        // A third of the word's length (at least 2 edits) separates typos from different words.
        return best is not null && bestDistance <= Math.Max(2, word.Length / 3) ? best : null;
    }

    /// <summary>"; did you mean 'x'?" or nothing.</summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates)
        => Nearest(word, candidates) is { } s ? $"; did you mean '{s}'?" : "";

    /// <summary>A list for a message, cut after <paramref name="max"/> entries.</summary>
    public static string List(IReadOnlyCollection<string> items, int max = 12)
        => items.Count <= max ? string.Join(", ", items) : $"{string.Join(", ", items.Take(max))}, ... ({items.Count} in all)";
}
