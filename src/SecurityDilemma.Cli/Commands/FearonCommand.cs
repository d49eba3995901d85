using System.CommandLine;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Models.Bargaining;
using SecurityDilemma.Reports.FormalModels;
using SecurityDilemma.Reports.Theme;
using static SecurityDilemma.Cli.Infrastructure.ModelInputs;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma fearon</c>: Fearon's (1995) bargaining model: the bargaining range, and on request the first-strike
/// condition (<c>--p-first --p-second</c>) and the preventive-war commitment problem (<c>--p-later --discount</c>).
/// </summary>
internal static class FearonCommand
{
    public static Command Create()
    {
        var p = new Option<double>("--p") { Description = "A's probability of winning a war", Required = true };
        var costA = new Option<double>("--cost-a") { Description = "c_A: A's cost of war, as a share of the good", Required = true };
        var costB = new Option<double>("--cost-b") { Description = "c_B: B's cost of war, as a share of the good", Required = true };
        var pFirst = new Option<double?>("--p-first") { Description = "p_f: A's win probability if A strikes first (with --p-second)" };
        var pSecond = new Option<double?>("--p-second") { Description = "p_s: A's win probability if B strikes first (with --p-first)" };
        var pLater = new Option<double?>("--p-later") { Description = "A's win probability after a shift in power (A declining: below --p; with --discount)" };
        var discount = new Option<double?>("--discount") { Description = "delta in [0, 1): how much A values each future period (with --p-later)" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text" };
        var plot = new Option<string?>("--plot") { Description = "Also draw the bargaining range: out.png or out.svg" };
        var command = new Command("fearon", "Fearon's bargaining model of war: the bargaining range, first-strike advantages, preventive war under shifting power.") { p, costA, costB, pFirst, pSecond, pLater, discount, json, plot };
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var pv = Probability(pr.GetValue(p), "--p");
            var ca = NonNegative(pr.GetValue(costA), "--cost-a");
            var cb = NonNegative(pr.GetValue(costB), "--cost-b");
            var range = FearonBargaining.Range(pv, ca, cb);
            var plotPath = pr.GetValue(plot);
            if (plotPath is not null)
            {
                FigureFile.CheckTarget(plotPath, "--plot");
            }

            var pf = pr.GetValue(pFirst);
            var ps = pr.GetValue(pSecond);
            if ((pf is null) != (ps is null))
            {
                throw new InputException(pf is null ? "--p-first" : "--p-second", null, null, "", "missing", "--p-first and --p-second together");
            }

            bool? peace = null;
            object? firstStrike = null;
            string? firstStrikeMeaning = null;
            if (pf is { } f && ps is { } s)
            {
                Probability(f, "--p-first");
                Probability(s, "--p-second");
                peace = FirstStrike.PeaceIsSelfEnforcing(f, s, ca, cb);
                var peaceful = FirstStrike.PeacefulRange(f, s, ca, cb);
                firstStrike = new { PFirst = f, PSecond = s, Advantage = f - s, TotalCost = ca + cb, PeacefulRange = new { peaceful.Low, peaceful.High, Empty = peaceful.IsEmpty } };
                firstStrikeMeaning = peace == true
                    ? $"The first-strike advantage {F(f - s)} is within the costs of war {F(ca + cb)}: deals in [{F(peaceful.Low)}, {F(peaceful.High)}] leave neither side wanting to strike."
                    : $"The first-strike advantage {F(f - s)} exceeds the costs of war {F(ca + cb)}: every deal tempts one side to strike first - no self-enforcing peace (preemptive war).";
            }

            var later = pr.GetValue(pLater);
            var delta = pr.GetValue(discount);
            if ((later is null) != (delta is null))
            {
                throw new InputException(later is null ? "--p-later" : "--discount", null, null, "", "missing", "--p-later and --discount together");
            }

            PreventiveWarAssessment? preventive = null;
            string? preventiveMeaning = null;
            if (later is { } pl && delta is { } d)
            {
                Probability(pl, "--p-later");
                if (!(d >= 0 && d < 1))
                {
                    throw new InputException("--discount", null, null, "", $"{F(d)} is outside [0, 1)", "a discount factor from 0 up to (not including) 1");
                }

                preventive = PreventiveWar.Assess(pv, pl, ca, d);
                preventiveMeaning = preventive.DecliningStateFights
                    ? $"A fights now: the discounted loss of power {F(preventive.PowerShift)} exceeds what B can hand over today {F(preventive.TransferableSurplus)}, and B cannot credibly promise more later (commitment problem)."
                    : $"A keeps the peace: the discounted loss of power {F(preventive.PowerShift)} is no more than what B can hand over today {F(preventive.TransferableSurplus)}.";
            }

            if (plotPath is not null)
            {
                FigureFile.Save(BargainingPlot.Build(pv, ca, cb), plotPath);
            }

            var rangeMeaning = $"With complete information every deal giving A a share in [{F(range.Low)}, {F(range.High)}] beats war for both: war destroys {F(ca + cb)} of the good, so rational states always have a peaceful bargain.";
            var result = new
            {
                P = pv,
                CostA = ca,
                CostB = cb,
                BargainingRange = new { range.Low, range.High, range.Width },
                FirstStrikePeace = peace,
                FirstStrike = firstStrike,
                PreventiveWar = preventive is null ? null : new
                {
                    PNow = pv,
                    PLater = later,
                    Discount = delta,
                    preventive.WarValue,
                    preventive.BestPeaceValue,
                    preventive.PowerShift,
                    preventive.TransferableSurplus,
                    preventive.DecliningStateFights,
                },
                Meaning = new[] { rangeMeaning, firstStrikeMeaning, preventiveMeaning }.Where(m => m is not null),
            };
            return Emit(pr.GetValue(json), result, o =>
            {
                o.WriteLine($"bargaining range for A's share: [{F(range.Low)}, {F(range.High)}]");
                o.WriteLine($"  {rangeMeaning}");
                if (firstStrikeMeaning is not null)
                {
                    o.WriteLine($"first strike: {(peace == true ? "self-enforcing peace exists" : "no self-enforcing peace")}");
                    o.WriteLine($"  {firstStrikeMeaning}");
                }

                if (preventive is not null)
                {
                    o.WriteLine($"preventive war: war now is worth {F(preventive.WarValue)} to A, the best peace {F(preventive.BestPeaceValue)}");
                    o.WriteLine($"  {preventiveMeaning}");
                }
            });
        }));
        return command;
    }
}
