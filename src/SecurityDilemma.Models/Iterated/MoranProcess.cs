using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated;

/// <summary>The Moran process on a finite population of strategies (Moran 1958; Nowak 2006, ch. 6; Axelrod-Python's MoranProcess).</summary>
/// <remarks>
/// Each step every individual plays a match against every other; its fitness is the sum of its mean payoffs per
/// turn. One individual is chosen to reproduce with probability proportional to fitness (uniformly if all
/// fitnesses are zero; negative fitness counts as zero) and one, chosen uniformly from the whole population,
/// dies and is replaced by the offspring. Without mutation the process stops when one type has fixed.
/// Matches between two deterministic strategies without noise and with a fixed length always give the same
/// result, so they are played once per pair of types and cached.
/// </remarks>
public static class MoranProcess
{
    /// <summary>Runs the process from the initial population given as (factory, count) pairs.</summary>
    /// <remarks><paramref name="stepDone"/>, when given, is called after every birth-death step: progress only, never results.</remarks>
    public static MoranResult Run(IReadOnlyList<(Func<IStrategy> Factory, int Count)> population, MoranSettings settings, Action? stepDone = null)
    {
        settings.Validate();
        var types = population.Select(p => p.Factory).ToArray();
        var names = types.Select(f => f().Name).ToArray();
        if (names.Distinct().Count() != names.Length)
        {
            throw new InputException("--population", null, null, "", "a strategy is entered twice", "each strategy once, with its count");
        }

        if (population.Any(p => p.Count < 0) || population.Sum(p => p.Count) < 2)
        {
            throw new InputException("--population", null, null, "", "counts must be non-negative and add up to at least 2", "e.g. tft=5,alld=5");
        }

        var deterministic = types.Select(f => !f().Classifier.Stochastic).ToArray();
        var cacheable = settings.Match.Noise == 0 && settings.Match.ProbEnd is null;
        var cache = new Dictionary<(int, int), (double, double)>();
        var individuals = population.SelectMany((p, type) => Enumerable.Repeat(type, p.Count)).ToArray();
        var size = individuals.Length;
        var counts = population.Select(p => p.Count).ToArray();
        var history = new List<int[]> { (int[])counts.Clone() };
        var selection = new Xoshiro256(SeedTree.Derive(settings.Seed, 0));
        var matchRoot = SeedTree.Derive(settings.Seed, 1);
        var fitness = new double[size];
        var buffers = (A: new Move[settings.Match.ProbEnd is null ? settings.Match.Turns : 256], B: new Move[settings.Match.ProbEnd is null ? settings.Match.Turns : 256]);
        var step = 0;
        while (counts.Count(c => c > 0) > 1 && step < settings.MaxSteps)
        {
            Array.Clear(fitness);
            for (var k = 0; k < size; k++)
            {
                for (var l = k + 1; l < size; l++)
                {
                    var (tk, tl) = (individuals[k], individuals[l]);
                    (double, double) scores;
                    if (cacheable && deterministic[tk] && deterministic[tl] && cache.TryGetValue((tk, tl), out var cached))
                    {
                        scores = cached;
                    }
                    else
                    {
                        var seed = SeedTree.Derive(matchRoot, [(ulong)step, (ulong)k, (ulong)l]);
                        var length = Match.Length(settings.Match, seed);
                        if (buffers.A.Length < length)
                        {
                            buffers = (new Move[length], new Move[length]);
                        }

                        var o = Match.PlayInto(types[tk](), types[tl](), settings.Match, seed, length, buffers.A, buffers.B);
                        scores = (o.ScorePerTurnA, o.ScorePerTurnB);
                        if (cacheable && deterministic[tk] && deterministic[tl])
                        {
                            cache[(tk, tl)] = scores;
                            cache[(tl, tk)] = (scores.Item2, scores.Item1);
                        }
                    }

                    fitness[k] += scores.Item1;
                    fitness[l] += scores.Item2;
                }
            }

            var parent = ChooseProportional(fitness, ref selection);
            var dead = selection.NextInt(size);
            counts[individuals[dead]]--;
            individuals[dead] = individuals[parent];
            counts[individuals[dead]]++;
            step++;
            stepDone?.Invoke();
            history.Add((int[])counts.Clone());
        }

        var alive = Enumerable.Range(0, counts.Length).Where(t => counts[t] > 0).ToArray();
        return new MoranResult(names, history, alive.Length == 1 ? names[alive[0]] : null, step);
    }

    private static int ChooseProportional(double[] fitness, ref Xoshiro256 rng)
    {
        var total = 0.0;
        foreach (var f in fitness)
        {
            total += Math.Max(f, 0);
        }

        if (total <= 0)
        {
            return rng.NextInt(fitness.Length);
        }

        var u = rng.NextDouble() * total;
        var acc = 0.0;
        for (var k = 0; k < fitness.Length; k++)
        {
            acc += Math.Max(fitness[k], 0);
            if (u < acc)
            {
                return k;
            }
        }

        return fitness.Length - 1;
    }
}
