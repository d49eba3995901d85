using SecurityDilemma.Models.ArmsRace;

namespace SecurityDilemma.Models.Tests.ArmsRace;

public class RichardsonFitTests
{
    // Richardson (1960), Arms and Insecurity: France+Russia plus Germany+Austria-Hungary defence budgets,
    // GBP million, 1909-1913 (as reproduced in THEORY.md section 3). Only the sum enters the summed fit.
    private static readonly double[] Years = [1909, 1910, 1911, 1912, 1913];
    private static readonly double[] Sums = [199.2, 204.8, 214.9, 238.7, 289.0];

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SecurityDilemma.slnx")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }

    [Fact]
    public void Richardson1960_SummedFit_1909To1913()
    {
        // Richardson (1960): OLS of dU on the midpoint V gives slope 0.7310, intercept -142.49, zero crossing 194.9,
        // r 0.9995 ("dU = 0.73 (V - 194)"). Any split of the sum gives the same fit.
        var data = new ArmsSeries("test", "x", "y", Years, Sums.Select(s => s * 0.4).ToArray(), Sums.Select(s => s * 0.6).ToArray());
        var fit = RichardsonFit.Summed(data);
        Assert.Equal(0.7310, fit.Slope.Value, 4);
        Assert.Equal(-142.49, fit.Intercept.Value, 2);
        Assert.Equal(194.9, fit.ZeroCrossing, 1);
        Assert.Equal(0.9995, fit.R, 4);
        Assert.Equal(4, fit.Observations);
    }

    [Fact]
    public void Richardson1960_ShippedFixture_ReproducesTheSummedFit()
    {
        var path = Path.Combine(RepoRoot(), "docs", "examples", "richardson-1909-1913.csv");
        var data = ArmsCsv.Read(path, "entente", "alliance", "year");
        var fit = RichardsonFit.Fit(data);
        Assert.Equal(Sums, data.Sum.Select(s => Math.Round(s, 6)));
        Assert.Equal(0.7310, fit.Summed.Slope.Value, 4);
        Assert.Equal(-142.49, fit.Summed.Intercept.Value, 2);
        Assert.Equal(194.9, fit.Summed.ZeroCrossing, 1);
        Assert.Equal(0.9995, fit.Summed.R, 4);
        Assert.NotNull(fit.Full);
        Assert.Null(fit.FullUnavailable);
    }

    [Fact]
    public void FullFit_RecoversTheCoefficientsOfDataGeneratedByTheModel()
    {
        // Generate data that obey the fitted difference equation exactly (levels at midpoints):
        // x1 - x0 = k (y0 + y1)/2 - a (x0 + x1)/2 + g, and likewise for y; solve the 2x2 system each year.
        var model = new RichardsonModel(K: 0.3, A: 0.2, G: 5, L: 0.25, B: 0.1, H: 3);
        var years = Enumerable.Range(1900, 8).Select(y => (double)y).ToArray();
        var xs = new double[8];
        var ys = new double[8];
        xs[0] = 100;
        ys[0] = 60;
        for (var t = 1; t < 8; t++)
        {
            // (1 + a/2) x1 - (k/2) y1 = x0 - (a/2) x0 + (k/2) y0 + g; -(l/2) x1 + (1 + b/2) y1 = y0 - (b/2) y0 + (l/2) x0 + h.
            double a11 = 1 + (model.A / 2), a12 = -model.K / 2, a21 = -model.L / 2, a22 = 1 + (model.B / 2);
            var r1 = xs[t - 1] - (model.A / 2 * xs[t - 1]) + (model.K / 2 * ys[t - 1]) + model.G;
            var r2 = ys[t - 1] - (model.B / 2 * ys[t - 1]) + (model.L / 2 * xs[t - 1]) + model.H;
            var det = (a11 * a22) - (a12 * a21);
            xs[t] = ((r1 * a22) - (a12 * r2)) / det;
            ys[t] = ((a11 * r2) - (a21 * r1)) / det;
        }

        var (fit, reason) = RichardsonFit.Full(new ArmsSeries("synthetic", "x", "y", years, xs, ys));
        Assert.Null(reason);
        Assert.NotNull(fit);
        Assert.Equal(model.K, fit.K.Value, 6);
        Assert.Equal(model.A, fit.A.Value, 6);
        Assert.Equal(model.G, fit.G.Value, 4);
        Assert.Equal(model.L, fit.L.Value, 6);
        Assert.Equal(model.B, fit.B.Value, 6);
        Assert.Equal(model.H, fit.H.Value, 4);
        Assert.Equal(4, fit.DegreesOfFreedom);
        Assert.True(fit.K.StandardError < 1e-6, $"SE {fit.K.StandardError}");
    }

    [Fact]
    public void FullFit_WithNoise_HasPositiveStandardErrors_AndIsUnavailableForCollinearOrShortData()
    {
        var rng = new SecurityDilemma.Models.Randomness.Xoshiro256(2024);
        var years = Enumerable.Range(0, 12).Select(y => (double)y).ToArray();
        var xs = years.Select(t => 50 + (3 * t) + rng.NextGaussian()).ToArray();
        var ys = years.Select(t => 40 + (t * t / 4) + rng.NextGaussian()).ToArray();
        var (fit, _) = RichardsonFit.Full(new ArmsSeries("noisy", "x", "y", years, xs, ys));
        Assert.NotNull(fit);
        Assert.True(fit.K.StandardError > 0 && fit.A.StandardError > 0 && fit.H.StandardError > 0);

        var (collinear, why) = RichardsonFit.Full(new ArmsSeries("lockstep", "x", "y", Years, Sums.Select(s => s * 0.4).ToArray(), Sums.Select(s => s * 0.6).ToArray()));
        Assert.Null(collinear);
        Assert.Contains("collinear", why);

        var (shortFit, tooShort) = RichardsonFit.Full(new ArmsSeries("short", "x", "y", [1, 2, 3, 4], [1, 2, 4, 8], [1, 3, 2, 5]));
        Assert.Null(shortFit);
        Assert.Contains("at least 5 years", tooShort);
    }
}
