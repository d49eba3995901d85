using System.CommandLine;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Models.Volunteer;
using static SecurityDilemma.Cli.Infrastructure.ModelInputs;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma volunteer</c>: the volunteer's dilemma (Diekmann 1985) as buck passing among n states.</summary>
internal static class VolunteerCommand
{
    public static Command Create()
    {
        var n = new Option<int>("--n") { Description = "Number of states that could balance (at least 2)", Required = true };
        var cost = new Option<double>("--cost") { Description = "c: what balancing costs the balancer", Required = true };
        var benefit = new Option<double>("--benefit") { Description = "b: what every state gains if anyone balances (b > c)", Required = true };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text" };
        var command = new Command("volunteer", "Volunteer's dilemma (buck passing): each state's equilibrium probability of balancing and the chance nobody does.") { n, cost, benefit, json };
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var states = pr.GetValue(n);
            if (states < 2)
            {
                throw new InputException("--n", null, null, "", $"{states} state(s)", "at least 2 states");
            }

            var c = Positive(pr.GetValue(cost), "--cost");
            var b = Positive(pr.GetValue(benefit), "--benefit");
            if (!(c < b))
            {
                throw new InputException("--cost", null, null, "", $"cost {F(c)} is not below benefit {F(b)}", "0 < cost < benefit (otherwise nobody ever balances)");
            }

            var e = VolunteersDilemma.Solve(states, c, b);
            var meaning = $"Each of {states} states balances with probability {F(e.VolunteerProbability)}; with probability {F(e.NobodyProbability)} all pass the buck and nobody balances. More states make that likelier, not less.";
            var result = new
            {
                N = states,
                Cost = c,
                Benefit = b,
                CostBenefitRatio = c / b,
                e.VolunteerProbability,
                e.NobodyProbability,
                e.SomebodyProbability,
                e.ExpectedPayoff,
                Meaning = meaning,
            };
            return Emit(pr.GetValue(json), result, o =>
            {
                o.WriteLine($"{"states",6} {"P(balance)",12} {"P(nobody)",12}");
                for (var k = 2; k <= Math.Max(states, 2); k++)
                {
                    if (states > 12 && k != states && k > 6)
                    {
                        continue;
                    }

                    var row = VolunteersDilemma.Solve(k, c, b);
                    o.WriteLine($"{k,6} {F(row.VolunteerProbability),12} {F(row.NobodyProbability),12}{(k == states ? "   <- n" : "")}");
                }

                o.WriteLine(meaning);
            });
        }));
        return command;
    }
}
