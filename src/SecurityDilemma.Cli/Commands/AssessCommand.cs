using System.CommandLine;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Models.NetAssessment;
using SecurityDilemma.Scenarios.Forces;
using Spectre.Console;
using static SecurityDilemma.Cli.Infrastructure.ModelInputs;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma assess FORCES.yaml [--json]</c>: Glaser and Kaufmann's (1998) comparative net assessment of a force
/// structure: the offense-defense balance, distinguishability, each side's best mix and what each weapon type
/// contributes (docs/net-assessment.md).
/// </summary>
internal static class AssessCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Force-structure file (YAML, docs/net-assessment.md), e.g. forces/europe-1914.yaml" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text" };
        var command = new Command("assess", "Comparative net assessment of a force structure: offense-defense balance, distinguishability and each weapon type's contribution, measured with the contest function.")
        {
            file,
            json,
        };
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var path = pr.GetValue(file)!;
            var r = NetAssessor.Assess(ForceFile.Load(path));
            var s = r.Structure;
            var meaning = Meaning(r);
            return Emit(pr.GetValue(json), new
            {
                File = path,
                s.Name,
                r.Balance,
                r.EvenOddsBalance,
                r.Distinguishability,
                s.TargetWinProbability,
                s.Decisiveness,
                s.Terrain,
                s.Sectors,
                s.DefenderBudget,
                r.AttackerCost,
                r.AttackerWinProbability,
                AttackPowerPerBudget = r.Attack.PowerPerBudget,
                DefensePowerPerBudget = r.Defense.PowerPerBudget,
                r.DefenseAttackPower,
                Types = s.Weapons.Select((w, i) => new
                {
                    w.Name,
                    w.Attack,
                    w.Defense,
                    w.Cost,
                    w.Mobility,
                    w.MaxShare,
                    r.Types[i].AttackPerCost,
                    r.Types[i].DefensePerCost,
                    r.Types[i].AttackShare,
                    r.Types[i].DefenseShare,
                    r.Types[i].AttackLostWithout,
                    r.Types[i].DefenseLostWithout,
                    r.Types[i].BalanceWithout,
                }).ToArray(),
                Meaning = meaning,
            }, o => Print(o, r, meaning));
        }));
        return command;
    }

    private static string Meaning(NetAssessmentResult r)
    {
        var balance = double.IsPositiveInfinity(r.Balance)
            ? "No weapon type can attack, so no investment takes the territory."
            : $"To take the territory with probability {F(r.Structure.TargetWinProbability)} the attacker must spend {F(r.Balance)} for each unit the defender spends ({(r.EvenOddsBalance > 1 ? "defence" : r.EvenOddsBalance < 1 ? "offence" : "neither")} has the advantage).";
        var dist = r.Attack.PowerPerBudget > 0
            ? $"The best defence carries {F(Math.Round(100 * r.DefenseAttackPower / r.Attack.PowerPerBudget, 1))}% of the attack power the same budget buys at best."
            : "Nothing a defender buys can attack.";
        return $"{balance} {dist}";
    }

    private static void Print(TextWriter o, NetAssessmentResult r, string meaning)
    {
        o.WriteLine($"net assessment: {r.Structure.Name}");
        o.WriteLine($"offense-defense balance {F(r.Balance)} at win probability {F(r.Structure.TargetWinProbability)} (even odds: {F(r.EvenOddsBalance)})");
        o.WriteLine($"distinguishability {F(r.Distinguishability)}");
        o.WriteLine(meaning);

        // Redirected output has no terminal width; Spectre would squeeze the table into 80 columns.
        var redirected = Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(o),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = 240;
        }

        var table = new Table { Border = redirected ? TableBorder.Ascii : TableBorder.Rounded };
        foreach (var c in new[] { "type", "attack/cost", "defence/cost", "attack mix", "defence mix", "attack lost without", "defence lost without", "balance without" })
        {
            table.AddColumn(new TableColumn(c));
        }

        foreach (var t in r.Types)
        {
            table.AddRow(new Text(t.Name), new Text(F(t.AttackPerCost)), new Text(F(t.DefensePerCost)), new Text(F(t.AttackShare)), new Text(F(t.DefenseShare)), new Text(F(t.AttackLostWithout)), new Text(F(t.DefenseLostWithout)), new Text(F(t.BalanceWithout)));
        }

        console.Write(table);
        o.WriteLine("defence/cost counts terrain and the share of the defender's units that reach the sector attacked; mixes are budget shares;");
        o.WriteLine("'lost without' is the share of the best attack (defence) lost when the type has no offensive (defensive) use.");
    }
}
