using System.CommandLine;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Cli.Output;
using SecurityDilemma.IO;
using SecurityDilemma.Runs.Robustness;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma robustness [--replications N] [--out FILE.md]</c>: each theory claim's effect in the graded dynamics with
/// every engine constant at 0.75 and 1.25 times its default, one at a time (docs/model.md, "Robustness").
/// </summary>
internal static class RobustnessCommand
{
    public static Command Create()
    {
        var replications = new Option<int>("--replications", "-r") { Description = $"Paired replications per claim and variant (2 to {RobustnessTable.MaxReplications})", DefaultValueFactory = _ => 200 };
        var output = new Option<string?>("--out", "-o") { Description = "Write the Markdown table to this new file instead of standard output" };
        var command = new Command("robustness", "Re-measure the nine claims with each engine constant at -25% and +25%, one at a time: '+' holds, '0' interval spans zero, '-' reversed. Exit 0 when no claim is reversed, 4 when one is.")
        {
            replications,
            output,
        };
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var n = pr.GetValue(replications);
            if (n is < 2 or > RobustnessTable.MaxReplications)
            {
                throw new InputException("--replications", null, null, "", n.ToString(System.Globalization.CultureInfo.InvariantCulture), $"an integer from 2 to {RobustnessTable.MaxReplications}");
            }

            var path = pr.GetValue(output);
            var full = path is null ? null : OutputTarget.File(path, "--out");
            var variants = 1 + (2 * RobustnessTable.Constants().Count(c => c.Default != 0.0));
            var rows = ProgressReporter.Run("robustness", "variants", variants, pr.GetValue(DilemmaApp.Quiet),
                p => RobustnessTable.Run(n, [0.75, 1.25], (done, total) => p.Set(done, total)));
            var table = RobustnessTable.Markdown(rows, n);
            if (full is null)
            {
                Console.Out.Write(table);
            }
            else
            {
                AtomicFile.WriteAllText(full, table);
                Console.Out.WriteLine($"wrote {path}");
            }

            return rows.Any(r => r.Effects.Any(e => e.BelowZero)) ? ExitCodes.ClaimReversed : ExitCodes.Ok;
        }));
        return command;
    }
}
