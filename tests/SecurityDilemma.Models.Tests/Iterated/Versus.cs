using SecurityDilemma.Models.Iterated;
using SecurityDilemma.Models.Iterated.Strategies;

namespace SecurityDilemma.Models.Tests.Iterated;

/// <summary>
/// Expected-play checks in the style of Axelrod-Python's versus_test: play a match and compare every round with
/// the expected (own, opponent) pair, failing with the turn number.
/// </summary>
internal static class Versus
{
    /// <summary>An opponent that plays <paramref name="script"/> (repeated if the match is longer), whatever happens.</summary>
    public static IStrategy Script(string script) => new Cycler(script, $"Script {script}");

    /// <summary>
    /// Plays <paramref name="player"/> against <paramref name="opponent"/> and checks the rounds against
    /// <paramref name="expected"/>, pairs of own and opponent move separated by spaces ("CC CD DD").
    /// The match lasts <paramref name="turns"/> (default: as many rounds as expected) and that length is announced.
    /// </summary>
    public static void Check(IStrategy player, IStrategy opponent, string expected, ulong seed = 1, int? turns = null, double noise = 0, bool revealLength = true)
    {
        var pairs = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var p in pairs)
        {
            Assert.True(p.Length == 2, $"bad expected pair '{p}'");
        }

        var settings = new MatchSettings(Turns: turns ?? pairs.Length, Noise: noise, RevealLength: revealLength);
        var result = Match.Play(player, opponent, settings, seed);
        Assert.True(result.MovesA.Count >= pairs.Length, $"the match lasted {result.MovesA.Count} turns, fewer than the {pairs.Length} expected");
        for (var t = 0; t < pairs.Length; t++)
        {
            var want = Moves.Parse(pairs[t]);
            var got = (result.MovesA[t], result.MovesB[t]);
            if (got != (want[0], want[1]))
            {
                var played = string.Join(' ', result.Rounds.Take(t + 1).Select(r => $"{r.A}{r.B}"));
                Assert.Fail($"{player.Name} vs {opponent.Name}, turn {t + 1}: expected ({want[0]}, {want[1]}), got ({got.Item1}, {got.Item2}); rounds so far: {played}");
            }
        }
    }

    /// <summary>Repeats a pair string: Repeat("CC", 3) = "CC CC CC".</summary>
    public static string Repeat(string pair, int times) => string.Join(' ', Enumerable.Repeat(pair, times));
}
