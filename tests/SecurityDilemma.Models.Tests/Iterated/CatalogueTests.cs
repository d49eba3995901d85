using SecurityDilemma.Models.Iterated;
using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Tests.Iterated;

/// <summary>
/// Checks every catalogued strategy's declared classifier (Axelrod-Python's base test): memory depth,
/// determinism, and that stochastic ones really are.
/// </summary>
public class CatalogueTests
{
    public static TheoryData<string> Names => [.. StrategyCatalogue.Names];

    [Fact]
    public void Catalogue_HasAtLeastThirtyStrategies_WithUniqueNamesAndSources()
    {
        var all = StrategyCatalogue.Describe();
        Assert.True(all.Count >= 30, $"only {all.Count} strategies");
        Assert.Equal(all.Count, all.Select(s => StrategyCatalogueKey(s.Name)).Distinct().Count());
        Assert.All(all, s => Assert.False(string.IsNullOrWhiteSpace(s.Source), $"{s.Name} has no source"));
    }

    [Fact]
    public void Catalogue_FactoriesMakeFreshInstances()
    {
        foreach (var factory in StrategyCatalogue.Factories)
        {
            Assert.NotSame(factory(), factory());
        }
    }

    /// <summary>
    /// A strategy of memory depth k must choose the same move (given the same random stream for that move) after any
    /// two histories of at least k rounds that agree on their last k rounds, whatever came before and however
    /// long they are. Histories are forced: the strategy is told moves it may not have chosen, as under noise.
    /// </summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void DeclaredMemoryDepth_Holds_OnRandomHistoriesThatAgreeOnTheLastKRounds(string name)
    {
        var factory = StrategyCatalogue.Find(name);
        if (factory().Classifier.MemoryDepth is not { } k)
        {
            return; // unbounded: nothing to check
        }

        var rng = new Xoshiro256(SeedTree.Hash(name));
        for (var trial = 0; trial < 300; trial++)
        {
            var n1 = k + rng.NextInt(40);
            var n2 = k + rng.NextInt(40);
            var (own1, opp1) = (RandomMoves(ref rng, n1), RandomMoves(ref rng, n1));
            var (own2, opp2) = (RandomMoves(ref rng, n2), RandomMoves(ref rng, n2));
            for (var i = 1; i <= k; i++)
            {
                own2[^i] = own1[^i];
                opp2[^i] = opp1[^i];
            }

            var finalSeed = rng.NextUInt64();
            var move1 = Replay(factory(), own1, opp1, finalSeed, rng.NextUInt64());
            var move2 = Replay(factory(), own2, opp2, finalSeed, rng.NextUInt64());
            Assert.True(
                move1 == move2,
                $"{name} declares memory depth {k} but played {move1} after {Moves.Format(own1)}/{Moves.Format(opp1)} and {move2} after {Moves.Format(own2)}/{Moves.Format(opp2)} (own/opponent; the last {k} rounds agree)");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void DeterministicStrategies_PlayTheSameWhateverTheSeed_StochasticOnesTheSameForTheSameSeed(string name)
    {
        var factory = StrategyCatalogue.Find(name);
        var stochastic = factory().Classifier.Stochastic;
        var opponents = new Func<IStrategy>[]
        {
            () => Versus.Script(ScriptFrom(7, 200)),
            StrategyCatalogue.Find("Tit For Tat"),
            StrategyCatalogue.Find("Alternator"),
            StrategyCatalogue.Find("Always Defect"),
        };
        foreach (var opponent in opponents)
        {
            var baseline = Play(factory, opponent, 11);
            Assert.Equal(baseline, Play(factory, opponent, 11));
            if (!stochastic)
            {
                for (ulong seed = 12; seed < 20; seed++)
                {
                    Assert.True(baseline == Play(factory, opponent, seed), $"{name} is declared deterministic but played differently vs {opponent().Name} with seed {seed}");
                }
            }
        }

        if (stochastic)
        {
            // A strategy declared stochastic must actually vary with its seed against some fixed opponent.
            var varies = opponents.Any(o => Enumerable.Range(12, 30).Any(s => Play(factory, o, (ulong)s) != Play(factory, o, 11)));
            Assert.True(varies, $"{name} is declared stochastic but never varied with the seed");
        }
    }

    /// <summary>A strategy that does not declare UsesLength / UsesGame must play the same when the length is hidden / the payoffs change.</summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void StrategiesThatDoNotDeclareUsingLengthOrPayoffs_IgnoreThem(string name)
    {
        var factory = StrategyCatalogue.Find(name);
        var classifier = factory().Classifier;
        var other = new PrisonersDilemma(R: 4, T: 7, S: -1, P: 0.5);
        foreach (var opponent in new Func<IStrategy>[] { () => Versus.Script(ScriptFrom(5, 200)), StrategyCatalogue.Find("tft"), StrategyCatalogue.Find("alld") })
        {
            var baseline = Play(factory, opponent, 3, new MatchSettings(Turns: 200));
            if (!classifier.UsesLength)
            {
                Assert.True(baseline == Play(factory, opponent, 3, new MatchSettings(Turns: 200, RevealLength: false)), $"{name} does not declare UsesLength but plays differently when the length is hidden");
            }

            if (!classifier.UsesGame)
            {
                Assert.True(baseline == Play(factory, opponent, 3, new MatchSettings(Turns: 200, Game: other)), $"{name} does not declare UsesGame but plays differently with other payoffs");
            }
        }
    }

    private static string StrategyCatalogueKey(string name) => new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static string Play(Func<IStrategy> player, Func<IStrategy> opponent, ulong seed, MatchSettings? settings = null)
    {
        var result = Match.Play(player(), opponent(), settings ?? new MatchSettings(Turns: 200), seed);
        return Moves.Format([.. result.MovesA]);
    }

    private static string ScriptFrom(ulong seed, int length)
    {
        var rng = new Xoshiro256(seed);
        return Moves.Format(RandomMoves(ref rng, length));
    }

    private static Move[] RandomMoves(ref Xoshiro256 rng, int n)
    {
        var moves = new Move[n];
        for (var i = 0; i < n; i++)
        {
            moves[i] = rng.NextInt(2) == 0 ? Move.C : Move.D;
        }

        return moves;
    }

    /// <summary>Feeds the forced history turn by turn (as a match would), then asks for the next move with a fixed stream.</summary>
    private static Move Replay(IStrategy strategy, Move[] own, Move[] opponent, ulong finalSeed, ulong replaySeed)
    {
        var game = PrisonersDilemma.Axelrod;
        var replay = new Xoshiro256(replaySeed);
        for (var t = 0; t < own.Length; t++)
        {
            _ = strategy.Decide(new MatchState(own.AsSpan(0, t), opponent.AsSpan(0, t), game, null), ref replay);
        }

        var final = new Xoshiro256(finalSeed);
        return strategy.Decide(new MatchState(own, opponent, game, null), ref final);
    }
}
