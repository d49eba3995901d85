using SecurityDilemma.Models.Iterated.Strategies;
using SecurityDilemma.Models.Text;

namespace SecurityDilemma.Models.Iterated;

/// <summary>
/// The built-in strategies, as an explicit list of factories (nothing registers itself), and lookup by name.
/// </summary>
/// <remarks>To add a strategy to the catalogue, append its factory to <see cref="Factories"/>; see <see cref="IStrategy"/>.</remarks>
public static class StrategyCatalogue
{
    /// <summary>Every built-in strategy, as factories: each call makes a fresh instance for one match.</summary>
    public static IReadOnlyList<Func<IStrategy>> Factories { get; } =
    [
        () => new TitForTat(),
        () => new TitForTwoTats(),
        () => new TwoTitsForTat(),
        () => new SuspiciousTitForTat(),
        () => new GenerousTitForTat(),
        () => new HardTitForTat(),
        () => new HardTitForTwoTats(),
        () => new ForgivingTitForTat(),
        () => new ContriteTitForTat(),
        () => new AntiTitForTat(),
        () => new Bully(),
        () => new Grudger(),
        () => MemoryOneStrategy.WinStayLoseShift(),
        () => MemoryOneStrategy.FirmButFair(),
        () => new Gradual(),
        () => new AlwaysCooperate(),
        () => new AlwaysDefect(),
        () => new RandomStrategy(),
        () => new Alternator(),
        () => new Cycler("CCD"),
        () => new Cycler("DDC"),
        () => new Prober(),
        () => new Prober2(),
        () => new Prober3(),
        () => new Adaptive(),
        () => new Appeaser(),
        () => new Handshake(),
        () => new Calculator(),
        () => new SoftMajority(),
        () => new HardMajority(),
        () => new WorseAndWorse(),
        () => ZeroDeterminantStrategy.Extort2(),
        () => ZeroDeterminantStrategy.GenerousTitForTat2(),
        () => new FirstByDavis(),
        () => new FirstByDowning(),
        () => new FirstByFeld(),
        () => new FirstByGraaskamp(),
        () => new FirstByGrofman(),
        () => MemoryOneStrategy.FirstByJoss(),
        () => new FirstByNydegger(),
        () => new FirstByShubik(),
        () => new FirstBySteinAndRapoport(),
        () => new FirstByTidemanAndChieruzzi(),
        () => new FirstByTullock(),
        () => new FirstByAnonymous(),
    ];

    /// <summary>Short names users type, mapped to catalogue names.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tft"] = "Tit For Tat",
        ["tf2t"] = "Tit For 2 Tats",
        ["titfortwotats"] = "Tit For 2 Tats",
        ["stft"] = "Suspicious Tit For Tat",
        ["gtft"] = "Generous Tit For Tat",
        ["allc"] = "Always Cooperate",
        ["cooperator"] = "Always Cooperate",
        ["alld"] = "Always Defect",
        ["defector"] = "Always Defect",
        ["wsls"] = "Win-Stay Lose-Shift",
        ["pavlov"] = "Win-Stay Lose-Shift",
        ["friedman"] = "Grudger",
        ["reversetitfortat"] = "Bully",
        ["gobymajority"] = "Soft Majority",
        ["extort2"] = "ZD-Extort-2",
        ["davis"] = "First by Davis",
        ["downing"] = "First by Downing",
        ["feld"] = "First by Feld",
        ["graaskamp"] = "First by Graaskamp",
        ["grofman"] = "First by Grofman",
        ["joss"] = "First by Joss",
        ["nydegger"] = "First by Nydegger",
        ["shubik"] = "First by Shubik",
        ["steinandrapoport"] = "First by Stein and Rapoport",
        ["tidemanandchieruzzi"] = "First by Tideman and Chieruzzi",
        ["tullock"] = "First by Tullock",
        ["anonymous"] = "First by Anonymous",
    };

    private static readonly Lazy<IReadOnlyDictionary<string, Func<IStrategy>>> ByKey = new(() =>
    {
        var map = new Dictionary<string, Func<IStrategy>>(StringComparer.Ordinal);
        foreach (var factory in Factories)
        {
            map.Add(Key(factory().Name), factory);
        }

        foreach (var (alias, name) in Aliases)
        {
            map.Add(Key(alias), map[Key(name)]);
        }

        return map;
    });

    /// <summary>The display names of every built-in strategy, in catalogue order.</summary>
    public static IReadOnlyList<string> Names => [.. Factories.Select(f => f().Name)];

    /// <summary>A fresh instance of each built-in strategy, for listing names, classifiers and sources.</summary>
    public static IReadOnlyList<IStrategy> Describe() => [.. Factories.Select(f => f())];

    /// <summary>
    /// The factory for <paramref name="name"/>: matching ignores case, spaces and punctuation ("tit-for-tat",
    /// "TitForTat"), and accepts the <see cref="Aliases"/>. Unknown names throw an <see cref="InputException"/>
    /// that lists the nearest valid names.
    /// </summary>
    public static Func<IStrategy> Find(string name, string source = "--strategies")
    {
        if (ByKey.Value.TryGetValue(Key(name), out var factory))
        {
            return factory;
        }

        var nearest = Nearest(name, 3);
        throw new InputException(source, null, null, "", $"unknown strategy '{name}'", $"one of the catalogue names (nearest: {string.Join(", ", nearest)}; 'dilemma tournament --list' shows all)");
    }

    /// <summary>The <paramref name="count"/> catalogue names closest to <paramref name="name"/> by edit distance on the normalized form.</summary>
    public static IReadOnlyList<string> Nearest(string name, int count)
    {
        var key = Key(name);
        return
        [
            .. Names
                .Concat(Aliases.Keys)
                .Select(n => (Name: Aliases.TryGetValue(n, out var full) ? full : n, Distance: EditDistance.Levenshtein(key, Key(n))))
                .GroupBy(x => x.Name)
                .Select(g => (g.Key, Distance: g.Min(x => x.Distance)))
                .OrderBy(x => x.Distance)
                .ThenBy(x => x.Key, StringComparer.Ordinal)
                .Take(count)
                .Select(x => x.Key),
        ];
    }

    /// <summary>The normalized lookup key: lower-case letters and digits only.</summary>
    internal static string Key(string name) =>
        new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
