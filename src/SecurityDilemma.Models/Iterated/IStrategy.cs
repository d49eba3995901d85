using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated;

/// <summary>A player of the iterated Prisoner's Dilemma (Axelrod-Python's Player).</summary>
/// <remarks>
/// <para><b>How to add a strategy</b></para>
/// <list type="number">
/// <item>Write a <c>sealed class</c> implementing this interface (in <c>Iterated/Strategies/</c>, or in your own
/// assembly). docs/strategies.md has a complete example.</item>
/// <item><see cref="Name"/>: a unique display name. <see cref="Classifier"/>: memory depth (null = unbounded),
/// stochastic or not, and whether it reads the match length or the payoffs. <see cref="Source"/>: where the
/// strategy comes from, e.g. "Axelrod 1980, first tournament (Davis)".</item>
/// <item><see cref="Decide"/> returns the move for turn <c>state.Turn</c> (0-based) given the history so far. The match
/// calls it exactly once per turn, in order, with the moves as actually played (after noise), so a strategy may
/// keep per-match state in fields, updated from the last round at the start of <see cref="Decide"/>.</item>
/// <item>Randomness comes only from <c>random</c> (seeded by the match): never <see cref="System.Random"/>,
/// never a static. A strategy that never draws from it is deterministic and must say so.</item>
/// <item>A fresh instance plays each match: matches, tournaments and the Moran process take factories
/// (<c>() =&gt; new MyStrategy()</c>). To make it available by name (CLI <c>--strategies</c>), add the factory to
/// <see cref="StrategyCatalogue"/>'s list; nothing registers itself.</item>
/// <item>Add an expected-play test (tests/SecurityDilemma.Models.Tests/Iterated/Strategies); the catalogue-wide test
/// then checks the declared memory depth and determinism of every catalogued strategy.</item>
/// </list>
/// </remarks>
public interface IStrategy
{
    /// <summary>The display name, unique within a catalogue or tournament.</summary>
    string Name { get; }

    /// <summary>What the strategy declares about itself.</summary>
    Classifier Classifier { get; }

    /// <summary>The literature source, e.g. "Nowak &amp; Sigmund 1993".</summary>
    string Source { get; }

    /// <summary>The move for turn <c>state.Turn</c>.</summary>
    Move Decide(MatchState state, ref Xoshiro256 random);
}
