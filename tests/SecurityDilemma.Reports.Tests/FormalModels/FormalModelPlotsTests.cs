using SecurityDilemma.Models.ArmsRace;
using SecurityDilemma.Models.Games;
using SecurityDilemma.Reports.FormalModels;
using SecurityDilemma.Reports.Tests.Support;

namespace SecurityDilemma.Reports.Tests.FormalModels;

public class FormalModelPlotsTests
{
    [Fact]
    public void RichardsonPhase_ShowsBothNullclines_TheEquilibriumAndItsStability()
    {
        // Stable: a b = 4 > k l = 1; equilibrium x* = (b g + k h)/(a b - k l) = (2 + 1)/3 = 1, y* = (a h + l g)/3 = 1.
        var model = new RichardsonModel(K: 1, A: 2, G: 1, L: 1, B: 2, H: 1);
        var path = model.Simulate(0, 3, 10, 100);
        var figure = RichardsonPhasePlot.Build(model, path, "Richardson: stable race");
        FigureAssert.Valid(figure, "Richardson: stable race", "x: arms level", "y: arms level", "dx/dt = 0", "dy/dt = 0", "trajectory", "equilibrium (stable)");
        Assert.Equal(1, path.X[^1], 2);
        Assert.Equal(1, path.Y[^1], 2);

        var unstable = new RichardsonModel(K: 2, A: 1, G: 1, L: 2, B: 1, H: 1);
        FigureAssert.Valid(RichardsonPhasePlot.Build(unstable, unstable.Simulate(1, 1, 2, 50), "runaway"), "equilibrium (unstable)");
    }

    [Fact]
    public void RichardsonPhase_FromAFit_ShowsTheObservedPath()
    {
        var data = ArmsCsv.Read(Path.Combine(Dilemma.RepoRoot, "docs/examples/richardson-1909-1913.csv"), "entente", "alliance");
        var fit = RichardsonFit.Fit(data);
        Assert.NotNull(fit.Full);
        var figure = RichardsonPhasePlot.Build(fit.Full.Model, fit.Full.Model.Simulate(data.X[0], data.Y[0], 4, 50), "fit", "entente", "alliance", data.X, data.Y);
        FigureAssert.Valid(figure, "entente: arms level", "alliance: arms level", "observed", "fitted model from the first observation", "dentente/dt = 0");
    }

    [Fact]
    public void RichardsonFitChart_HasTheThemeTitleAxesAndFittedLine()
    {
        var data = ArmsCsv.Read(Path.Combine(Dilemma.RepoRoot, "docs/examples/richardson-1909-1913.csv"), "entente", "alliance");
        var plot = RichardsonPlot.Build(RichardsonFit.Fit(data));
        FigureAssert.Valid(
            new SecurityDilemma.Reports.Theme.Figure("richardson-fit", "fit", plot),
            "Richardson's arms race fit (1909-1913)", "V: combined spending, midpoint of two years", "dU: change of combined spending per year", "fit: dU = ", "zero crossing U0 = ");
    }

    [Fact]
    public void BestResponse_StagHunt_HasThreeEquilibria()
    {
        // Stag Hunt (CC, CD, DC, DD) = (4, 0, 3, 3): two pure equilibria and a mixed one at p = q = 3/4.
        var game = TwoByTwoGame.Symmetric(new PlayerPayoffs(4, 0, 3, 3));
        var figure = BestResponsePlot.Build(game, "Stag Hunt");
        var texts = FigureAssert.SvgTexts(figure.Svg());
        FigureAssert.Valid(figure, "Stag Hunt", "p: row player's probability of cooperating", "q: column player's probability of cooperating", "row's best response to q", "column's best response to p");
        Assert.Equal(3, texts.Count(t => t.StartsWith("Nash equilibrium", StringComparison.Ordinal)));
    }

    [Fact]
    public void BestResponse_PrisonersDilemma_HasOnlyMutualDefection()
    {
        var game = TwoByTwoGame.Symmetric(new PlayerPayoffs(3, 0, 5, 1));
        var texts = FigureAssert.SvgTexts(BestResponsePlot.Build(game, "PD").Svg());
        Assert.Single(texts, t => t.StartsWith("Nash equilibrium", StringComparison.Ordinal));
    }

    [Fact]
    public void Bargaining_ShowsTheRangeAndBothWarValues()
    {
        // Fearon (1995): p = 0.5, c_A = c_B = 0.1 gives the range [0.4, 0.6].
        FigureAssert.Valid(
            BargainingPlot.Build(0.5, 0.1, 0.1),
            "gives [0.4, 0.6]", "x: A's share of the disputed good in a deal (0-1)", "A's value of war: p - c_A = 0.4", "B's value of war: 1 - p - c_B = 0.4", "bargaining range (both prefer the deal to war)");
    }
}
