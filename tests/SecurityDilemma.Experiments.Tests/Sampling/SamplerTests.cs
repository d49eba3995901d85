using CsCheck;
using SecurityDilemma.Experiments.Sampling;
using SecurityDilemma.Experiments.Sweeps;

namespace SecurityDilemma.Experiments.Tests.Sampling;

public class SamplerTests
{
    private static readonly SweepParameter A = new() { Path = "a", Min = 0, Max = 10 };
    private static readonly SweepParameter B = new() { Path = "b", Values = ["x", "y", "z"] };

    [Fact]
    public void Grid_IsTheCartesianProduct_FirstParameterSlowest()
    {
        var points = new GridSampler().Sample([new SweepParameter { Path = "a", Values = ["1", "2"] }, B], null, 0);
        Assert.Equal(["1|x", "1|y", "1|z", "2|x", "2|y", "2|z"], points.Select(p => string.Join('|', p)));
    }

    [Fact]
    public void Random_IsDeterministic_AndWithinTheRange()
    {
        var s = new RandomSampler();
        var first = s.Sample([A, B], 500, 99);
        Assert.Equal(first.Select(p => string.Join('|', p)), s.Sample([A, B], 500, 99).Select(p => string.Join('|', p)));
        Assert.NotEqual(first.Select(p => string.Join('|', p)), s.Sample([A, B], 500, 100).Select(p => string.Join('|', p)));
        Assert.All(first, p => Assert.InRange(double.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), 0, 10));
        Assert.Equal(["x", "y", "z"], first.Select(p => p[1]).Distinct().Order());
    }

    /// <summary>McKay, Beckman &amp; Conover (1979): in a Latin hypercube of n points every one of the n strata of every dimension holds exactly one point.</summary>
    [Fact]
    public void McKay1979_LatinHypercube_UsesEveryStratumOnce()
    {
        Gen.Int[1, 200].Select(Gen.ULong).Sample((n, seed) =>
        {
            var dims = new[] { A, new SweepParameter { Path = "c", Min = -1, Max = 1 } };
            var points = new LatinHypercubeSampler().Sample(dims, n, seed);
            for (var d = 0; d < dims.Length; d++)
            {
                var strata = points.Select(p => (int)Math.Floor((double.Parse(p[d], System.Globalization.CultureInfo.InvariantCulture) - dims[d].Min) / (dims[d].Max - dims[d].Min) * n))
                    .Select(k => Math.Min(k, n - 1)).Order().ToArray();
                if (!strata.SequenceEqual(Enumerable.Range(0, n)))
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Fact]
    public void IntegerRange_RoundsValues()
    {
        var p = new SweepParameter { Path = "n", Min = 2, Max = 5, Integer = true };
        var values = new RandomSampler().Sample([p], 200, 3).Select(v => v[0]).Distinct().Order().ToArray();
        Assert.Equal(["2", "3", "4", "5"], values);
    }
}
