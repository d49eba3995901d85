using System.CommandLine;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Models.Combat;
using static SecurityDilemma.Cli.Infrastructure.ModelInputs;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma combat</c>: the contest success function (<c>csf</c>), the force ratio a target win probability needs
/// (<c>ratio</c>), and Lanchester's square and linear laws (<c>lanchester</c>).
/// </summary>
internal static class CombatCommand
{
    /// <summary>Smallest force or effectiveness integrated: below it a battle outlasts the integrator and would be misreported as a draw.</summary>
    public const double MinLanchester = 1e-6;

    /// <summary>Largest initial force of a Lanchester battle.</summary>
    public const double MaxLanchesterForce = 1e12;

    /// <summary>Largest effectiveness (losses inflicted per unit per unit time).</summary>
    public const double MaxLanchesterEffectiveness = 1e6;

    public static Command Create()
    {
        var command = new Command("combat", "Combat models: contest success function with the offense-defense balance, required force ratio, Lanchester's laws.");
        command.Subcommands.Add(Csf());
        command.Subcommands.Add(Ratio());
        command.Subcommands.Add(LanchesterCommand());
        return command;
    }

    private static Option<double> Balance() => new("--balance") { Description = "theta: attacking units needed per defending unit for even odds (> 1 favours defense)", DefaultValueFactory = _ => 1 };

    private static Option<double> Decisiveness() => new("--decisiveness") { Description = "g: how sharply force advantages decide the contest (default 1)", DefaultValueFactory = _ => 1 };

    private static Option<bool> JsonOption() => new("--json") { Description = "Print JSON instead of text" };

    private static Command Csf()
    {
        var attacker = new Option<double>("--attacker") { Description = "m_A: the attacker's force", Required = true };
        var defender = new Option<double>("--defender") { Description = "m_D: the defender's force", Required = true };
        var balance = Balance();
        var g = Decisiveness();
        var json = JsonOption();
        var command = new Command("csf", "The attacker's win probability p = m_A^g / (m_A^g + (theta m_D)^g).") { attacker, defender, balance, g, json };
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var ma = NonNegative(pr.GetValue(attacker), "--attacker");
            var md = NonNegative(pr.GetValue(defender), "--defender");
            var theta = Positive(pr.GetValue(balance), "--balance");
            var dg = Positive(pr.GetValue(g), "--decisiveness");
            if (ma == 0 && md == 0)
            {
                throw new InputException("--attacker", null, null, "", "both forces are 0", "at least one side with a force above 0");
            }

            var p = ContestSuccess.WinProbability(ma, md, theta, dg);
            if (!double.IsFinite(p))
            {
                // m_A^g overflowed (a large decisiveness): the same probability in the ratio form 1 / (1 + (theta m_D / m_A)^g).
                p = ma == 0 ? 0 : 1 / (1 + Math.Pow(theta * md / ma, dg));
            }

            var meaning = $"An attacker with {F(ma)} against {F(md)} defenders wins with probability {F(p)} when each defender is worth {F(theta)} attackers.";
            return Emit(pr.GetValue(json), new { Attacker = ma, Defender = md, Balance = theta, Decisiveness = dg, WinProbability = p, Meaning = meaning }, o =>
            {
                o.WriteLine($"attacker win probability {F(p)}");
                o.WriteLine(meaning);
            });
        }));
        return command;
    }

    private static Command Ratio()
    {
        var target = new Option<double>("--target") { Description = "The win probability the attacker wants, strictly between 0 and 1", DefaultValueFactory = _ => 0.5 };
        var balance = Balance();
        var g = Decisiveness();
        var json = JsonOption();
        var command = new Command("ratio", "The attacker:defender force ratio for a target win probability: theta (p / (1 - p))^(1/g); theta = 3, p = 0.5 is the 3:1 rule.") { target, balance, g, json };
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var p = pr.GetValue(target);
            if (!(p > 0 && p < 1))
            {
                throw new InputException("--target", null, null, "", $"{F(p)} is not strictly between 0 and 1", "a win probability such as 0.5 (certainty needs infinite force)");
            }

            var theta = Positive(pr.GetValue(balance), "--balance");
            var dg = Positive(pr.GetValue(g), "--decisiveness");
            var ratio = ContestSuccess.RequiredForceRatio(p, theta, dg);
            var meaning = $"To win with probability {F(p)} the attacker needs {F(ratio)} units per defending unit.";
            return Emit(pr.GetValue(json), new { Target = p, Balance = theta, Decisiveness = dg, RequiredForceRatio = ratio, Meaning = meaning }, o =>
            {
                o.WriteLine($"required force ratio {F(ratio)} : 1");
                o.WriteLine(meaning);
            });
        }));
        return command;
    }

    private static Command LanchesterCommand()
    {
        var forceA = new Option<double>("--force-a") { Description = "A's initial force", Required = true };
        var forceB = new Option<double>("--force-b") { Description = "B's initial force", Required = true };
        var effA = new Option<double>("--effectiveness-a") { Description = "a: B's losses per unit of A per unit time (default 1)", DefaultValueFactory = _ => 1 };
        var effB = new Option<double>("--effectiveness-b") { Description = "b: A's losses per unit of B per unit time (default 1)", DefaultValueFactory = _ => 1 };
        var law = new Option<string>("--law") { Description = "square (aimed fire) or linear (one-on-one combat); default square", DefaultValueFactory = _ => "square" };
        var json = JsonOption();
        var command = new Command("lanchester", "Lanchester's laws integrated numerically: winner, duration, survivors, and the conserved invariant checked.") { forceA, forceB, effA, effB, law, json };
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var a0 = Within(pr.GetValue(forceA), "--force-a", MinLanchester, MaxLanchesterForce);
            var b0 = Within(pr.GetValue(forceB), "--force-b", MinLanchester, MaxLanchesterForce);
            var a = Within(pr.GetValue(effA), "--effectiveness-a", MinLanchester, MaxLanchesterEffectiveness);
            var b = Within(pr.GetValue(effB), "--effectiveness-b", MinLanchester, MaxLanchesterEffectiveness);
            var kind = (pr.GetValue(law) ?? "square").ToLowerInvariant() switch
            {
                "square" => LanchesterLaw.Square,
                "linear" => LanchesterLaw.Linear,
                var other => throw new InputException("--law", null, null, "", $"unknown law '{other}'", "square or linear"),
            };
            var battle = Lanchester.Fight(a0, b0, a, b, kind);
            var invariant = kind == LanchesterLaw.Square ? "a*A^2 - b*B^2" : "a*A - b*B";
            var meaning = battle.Winner == "draw"
                ? $"The sides are exactly balanced ({invariant} = 0): both are destroyed together."
                : $"{battle.Winner} wins because {invariant} is {(battle.Winner == "A" ? "positive" : "negative")} at the start; {(kind == LanchesterLaw.Square ? "under aimed fire numbers count squared" : "in one-on-one combat numbers count linearly")}.";
            return Emit(pr.GetValue(json), new
            {
                Law = kind,
                ForceA = a0,
                ForceB = b0,
                EffectivenessA = a,
                EffectivenessB = b,
                battle.Winner,
                battle.Duration,
                battle.SurvivorsA,
                battle.SurvivorsB,
                battle.InvariantStart,
                battle.InvariantEnd,
                battle.InvariantDrift,
                battle.Steps,
                Meaning = meaning,
            }, o =>
            {
                o.WriteLine($"{kind} law: winner {battle.Winner} after {F(battle.Duration)} time units");
                o.WriteLine($"survivors: A {F(battle.SurvivorsA)}, B {F(battle.SurvivorsB)}");
                o.WriteLine($"invariant {invariant}: start {F(battle.InvariantStart)}, end {F(battle.InvariantEnd)} (relative drift {battle.InvariantDrift:E1})");
                o.WriteLine(meaning);
            });
        }));
        return command;
    }
}
