using System.CommandLine;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Models.ArmsRace;
using SecurityDilemma.Reports;
using static SecurityDilemma.Cli.Infrastructure.ModelInputs;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma richardson</c>: Richardson's (1960) arms race. <c>simulate</c> integrates the ODE and reports the
/// equilibrium and its stability; <c>fit</c> fits a user's CSV (summed regression and two-equation fit), with an
/// optional PNG/SVG chart of data against fit.
/// </summary>
internal static class RichardsonCommand
{
    public static Command Create()
    {
        var command = new Command("richardson", "Richardson's arms race: simulate dx/dt = k y - a x + g, dy/dt = l x - b y + h, or fit it to yearly data.");
        command.Subcommands.Add(Simulate());
        command.Subcommands.Add(Fit());
        return command;
    }

    private static Command Simulate()
    {
        Option<double> Coefficient(string name, string description, bool required) => new(name) { Description = description, Required = required };
        var k = Coefficient("--k", "k: X's reaction to Y's arms (defence coefficient)", true);
        var a = Coefficient("--a", "a: X's fatigue (burden of its own arms)", true);
        var g = Coefficient("--g", "g: X's grievance (default 0)", false);
        var l = Coefficient("--l", "l: Y's reaction to X's arms", true);
        var b = Coefficient("--b", "b: Y's fatigue", true);
        var h = Coefficient("--h", "h: Y's grievance (default 0)", false);
        var x0 = Coefficient("--x0", "X's arms at the start (default 0)", false);
        var y0 = Coefficient("--y0", "Y's arms at the start (default 0)", false);
        var duration = new Option<double>("--duration") { Description = "Time to simulate (default 10)", DefaultValueFactory = _ => 10 };
        var points = new Option<int>("--points") { Description = "Output points including start and end (default 11)", DefaultValueFactory = _ => 11 };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text" };
        var command = new Command("simulate", "Integrate the Richardson system (fourth-order Runge-Kutta) and report equilibrium and stability.") { k, a, g, l, b, h, x0, y0, duration, points, json };
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var model = new RichardsonModel(
                Finite(pr.GetValue(k), "--k"),
                Finite(pr.GetValue(a), "--a"),
                Finite(pr.GetValue(g), "--g"),
                Finite(pr.GetValue(l), "--l"),
                Finite(pr.GetValue(b), "--b"),
                Finite(pr.GetValue(h), "--h"));
            var t = Positive(pr.GetValue(duration), "--duration");
            var n = pr.GetValue(points);
            if (n is < 2 or > 1_000_000)
            {
                throw new InputException("--points", null, null, "", $"{n} points", "between 2 and 1000000 (start and end included)");
            }

            var path = model.Simulate(Finite(pr.GetValue(x0), "--x0"), Finite(pr.GetValue(y0), "--y0"), t, n);
            var eq = model.Equilibrium();
            var meaning = Meaning(model, eq);
            var result = new
            {
                Model = model,
                Determinant = model.Determinant,
                Equilibrium = eq is { } e ? new { e.X, e.Y } : null,
                Stable = model.IsStable,
                Trajectory = path.Times.Select((time, i) => new { T = time, X = path.X[i], Y = path.Y[i] }),
                Meaning = meaning,
            };
            return Emit(pr.GetValue(json), result, o =>
            {
                o.WriteLine($"a*b - k*l = {F(model.Determinant)}: {(model.IsStable ? "stable" : "unstable")}");
                o.WriteLine(eq is { } q ? $"equilibrium x* = {F(q.X)}, y* = {F(q.Y)}" : "no unique equilibrium (a*b = k*l)");
                o.WriteLine();
                o.WriteLine($"{"t",10} {"x",14} {"y",14}");
                var stride = Math.Max(1, (n - 1) / 20);
                for (var i = 0; i < n; i += stride)
                {
                    o.WriteLine($"{F(path.Times[i]),10} {F(path.X[i]),14} {F(path.Y[i]),14}");
                }

                if ((n - 1) % stride != 0)
                {
                    o.WriteLine($"{F(path.Times[^1]),10} {F(path.X[^1]),14} {F(path.Y[^1]),14}");
                }

                o.WriteLine(meaning);
            });
        }));
        return command;
    }

    private static string Meaning(RichardsonModel model, RichardsonPoint? eq) => model.IsStable
        ? eq is { } e && (e.X < 0 || e.Y < 0)
            ? "Stable, but the equilibrium has negative arms: the race settles toward disarmament (cooperation) rather than an armed balance."
            : "Stable: fatigue outweighs mutual reaction (a*b > k*l), so arms settle at the equilibrium whatever the start - an armed peace."
        : "Unstable: mutual reaction outweighs fatigue (a*b <= k*l), so arms run away from the equilibrium - an arms race (or a slide into disarmament from below it).";

    private static Command Fit()
    {
        var file = new Argument<string>("file") { Description = "CSV with a header row and one row per year" };
        var x = new Option<string>("--x") { Description = "Column with the first side's arms spending", Required = true };
        var y = new Option<string>("--y") { Description = "Column with the second side's arms spending", Required = true };
        var year = new Option<string?>("--year") { Description = "Column with the year (default: a column named 'year', else rows count 1, 2, 3, ...)" };
        var plot = new Option<string?>("--plot") { Description = "Write a chart of data against the summed fit: out.png or out.svg" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text" };
        var command = new Command("fit", "Fit Richardson's model to yearly data: summed regression (slope, intercept, zero crossing, r) and the two-equation fit with standard errors.") { file, x, y, year, plot, json };
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var plotPath = pr.GetValue(plot);
            if (plotPath is not null && Path.GetExtension(plotPath).ToLowerInvariant() is not (".png" or ".svg"))
            {
                throw new InputException("--plot", null, null, "", $"cannot tell the image format of '{plotPath}'", "a file name ending in .png or .svg");
            }

            if (plotPath is not null)
            {
                SecurityDilemma.IO.OutputTarget.File(plotPath, "--plot", mayExist: true);
            }

            var data = ArmsCsv.Read(pr.GetValue(file)!, pr.GetValue(x)!, pr.GetValue(y)!, pr.GetValue(year));
            RichardsonFitResult fit;
            try
            {
                fit = RichardsonFit.Fit(data);
            }
            catch (ArithmeticException numeric)
            {
                throw new InputException(data.Source, null, null, "", $"the fit cannot be computed from these values ({numeric.Message.Split('\n')[0].TrimEnd('.')})", "a yearly series of moderate values with some variation");
            }

            if (plotPath is not null)
            {
                RichardsonPlot.Save(plotPath, fit);
            }

            var s = fit.Summed;
            var full = fit.Full;
            var meaning = double.IsFinite(s.Slope.Value)
                ? s.Slope.Value > 0
                    ? $"Combined spending grows faster the higher it is (slope {F(s.Slope.Value)} > 0): a self-feeding race above the zero crossing {F(s.ZeroCrossing)}, as Richardson found for 1909-1913."
                    : $"Combined spending is pulled back toward {F(s.ZeroCrossing)} (slope {F(s.Slope.Value)} <= 0): fatigue dominates, a stable rivalry."
                : "The midpoints are all equal, so no line can be fitted.";
            object? Coefficient(Coefficient c) => new { Value = Num(c.Value), StandardError = Num(c.StandardError) };
            var result = new
            {
                File = data.Source,
                X = data.XName,
                Y = data.YName,
                Years = data.Years.Count,
                FirstYear = data.Years[0],
                LastYear = data.Years[^1],
                Summed = new
                {
                    Slope = Num(s.Slope.Value),
                    SlopeStandardError = Num(s.Slope.StandardError),
                    Intercept = Num(s.Intercept.Value),
                    InterceptStandardError = Num(s.Intercept.StandardError),
                    ZeroCrossing = Num(s.ZeroCrossing),
                    R = Num(s.R),
                    s.Observations,
                },
                Full = full is null ? null : new
                {
                    K = Coefficient(full.K),
                    A = Coefficient(full.A),
                    G = Coefficient(full.G),
                    L = Coefficient(full.L),
                    B = Coefficient(full.B),
                    H = Coefficient(full.H),
                    // Named X_R_Squared so the snake_case policy writes x_r_squared (XRSquared would become xr_squared).
                    X_R_Squared = Num(full.XRSquared),
                    Y_R_Squared = Num(full.YRSquared),
                    full.DegreesOfFreedom,
                    Equilibrium = full.Model.Equilibrium() is { } e ? new { e.X, e.Y } : null,
                    Stable = full.Model.IsStable,
                },
                FullUnavailable = fit.FullUnavailable,
                Plot = plotPath,
                Meaning = meaning,
            };
            return Emit(pr.GetValue(json), result, o =>
            {
                o.WriteLine($"{data.Source}: {data.XName} + {data.YName}, {data.Years.Count} years ({F(data.Years[0])}-{F(data.Years[^1])})");
                o.WriteLine();
                o.WriteLine("summed fit (Richardson 1960): dU = slope * V + intercept");
                o.WriteLine($"  slope          {F(s.Slope.Value),12}  (SE {F(s.Slope.StandardError)})");
                o.WriteLine($"  intercept      {F(s.Intercept.Value),12}  (SE {F(s.Intercept.StandardError)})");
                o.WriteLine($"  zero crossing  {F(s.ZeroCrossing),12}");
                o.WriteLine($"  r              {F(s.R),12}");
                o.WriteLine();
                if (full is null)
                {
                    o.WriteLine($"two-equation fit: not available - {fit.FullUnavailable}");
                }
                else
                {
                    o.WriteLine($"two-equation fit: d{data.XName} = k*{data.YName} - a*{data.XName} + g,  d{data.YName} = l*{data.XName} - b*{data.YName} + h");
                    o.WriteLine($"  {"",4} {"estimate",12} {"std. error",12}");
                    foreach (var (name, c) in new[] { ("k", full.K), ("a", full.A), ("g", full.G), ("l", full.L), ("b", full.B), ("h", full.H) })
                    {
                        o.WriteLine($"  {name,4} {F(c.Value),12} {F(c.StandardError),12}");
                    }

                    o.WriteLine($"  R^2 {F(full.XRSquared)} / {F(full.YRSquared)}, {full.DegreesOfFreedom} residual degree(s) of freedom; implied model is {(full.Model.IsStable ? "stable" : "unstable")}");
                }

                if (plotPath is not null)
                {
                    o.WriteLine($"chart written to {plotPath}");
                }

                o.WriteLine();
                o.WriteLine(meaning);
            });
        }));
        return command;
    }
}
