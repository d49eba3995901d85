using System.CommandLine;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Models.Trust;
using static SecurityDilemma.Cli.Infrastructure.ModelInputs;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma kydd</c>: Kydd's (2005) security dilemma game. Subcommands: <c>threshold</c> (the trust a trustworthy
/// state needs to cooperate), <c>update</c> (Bayesian trust after observed arming or restraint), <c>signal</c>
/// (which costly reassurance signals separate trustworthy from untrustworthy states).
/// </summary>
internal static class KyddCommand
{
    public static Command Create()
    {
        var command = new Command("kydd", "Kydd's (2005) trust game: cooperation threshold, Bayesian trust updating, costly-signal separation.");
        command.Subcommands.Add(Threshold());
        command.Subcommands.Add(Update());
        command.Subcommands.Add(Signal());
        return command;
    }

    private static Option<bool> JsonOption() => new("--json") { Description = "Print JSON instead of text" };

    private static Command Threshold()
    {
        var cost = new Option<double>("--cost", "-c") { Description = "c: the loss from being exploited (CC = 1, DD = 0, exploited = -c)", Required = true };
        var temptation = new Option<double>("--temptation") { Description = "t_i: the payoff from exploiting (< 1 trustworthy, > 1 untrustworthy)", Required = true };
        var trust = new Option<double?>("--trust") { Description = "pi_j: the probability that the other is trustworthy (cooperates); reports whether i cooperates" };
        var json = JsonOption();
        var command = new Command("threshold", "The trust a state needs before it cooperates: pi >= c / (1 + c - t_i).") { cost, temptation, trust, json };
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var c = Positive(pr.GetValue(cost), "--cost");
            var t = NonNegative(pr.GetValue(temptation), "--temptation");
            var pi = pr.GetValue(trust) is { } v ? Probability(v, "--trust") : (double?)null;
            var trustworthy = KyddGame.IsTrustworthy(t);
            var threshold = KyddGame.CooperationThreshold(c, t);
            bool? cooperates = pi is { } p ? KyddGame.Cooperates(p, c, t) : null;
            var meaning = trustworthy
                ? $"A trustworthy state (t = {F(t)} < 1) cooperates iff it trusts the other at least {F(threshold)}; more fear of exploitation (c) or more greed (t) raises the bar."
                : $"An untrustworthy state (t = {F(t)} >= 1) never cooperates: exploiting beats mutual cooperation and defection is dominant.";
            return Emit(pr.GetValue(json), new { Cost = c, Temptation = t, Trustworthy = trustworthy, Threshold = Num(threshold), Trust = pi, Cooperates = cooperates, Meaning = meaning }, o =>
            {
                o.WriteLine($"cost of being exploited c   {F(c)}");
                o.WriteLine($"temptation t_i              {F(t)} ({(trustworthy ? "trustworthy" : "untrustworthy")})");
                o.WriteLine($"trust threshold c/(1+c-t)   {F(threshold)}");
                if (pi is { } p)
                {
                    o.WriteLine($"with trust {F(p)}: {(cooperates == true ? "cooperates" : "defects")}");
                }

                o.WriteLine(meaning);
            });
        }));
        return command;
    }

    private static Command Update()
    {
        var prior = new Option<double>("--prior") { Description = "mu: the prior trust, the probability that the other is a security seeker", Required = true };
        var security = new Option<double>("--arm-if-security-seeker") { Description = "s_S: probability that a security seeker arms", Required = true };
        var greedy = new Option<double>("--arm-if-greedy") { Description = "s_G: probability that a greedy state arms", Required = true };
        var observe = new Option<string>("--observe") { Description = "What was seen, in order: a comma-separated list of 'arm' and 'restraint' (default: arm)", DefaultValueFactory = _ => "arm" };
        var json = JsonOption();
        var command = new Command("update", "Bayesian trust after observing arming or restraint: mu' = mu s_S / (mu s_S + (1 - mu) s_G).") { prior, security, greedy, observe, json };
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var mu = Probability(pr.GetValue(prior), "--prior");
            var sS = Probability(pr.GetValue(security), "--arm-if-security-seeker");
            var sG = Probability(pr.GetValue(greedy), "--arm-if-greedy");
            var observations = (pr.GetValue(observe) ?? "arm").Split(',', StringSplitOptions.TrimEntries);
            var steps = new List<object>();
            var trust = mu;
            foreach (var seen in observations)
            {
                trust = seen.ToLowerInvariant() switch
                {
                    "arm" => BayesianTrust.UpdateOnArming(trust, sS, sG),
                    "restraint" => BayesianTrust.UpdateOnRestraint(trust, sS, sG),
                    _ => throw new InputException("--observe", null, null, "", $"'{seen}' is not an observation", "a comma-separated list of 'arm' and 'restraint'"),
                };
                steps.Add(new { Observed = seen.ToLowerInvariant(), Posterior = trust });
            }

            var meaning = trust < mu
                ? "Trust fell: what was seen is likelier from a greedy state - the spiral's engine."
                : trust > mu ? "Trust rose: what was seen is likelier from a security seeker - reassurance." : "Trust is unchanged: both types act alike, so nothing was learned.";
            return Emit(pr.GetValue(json), new { Prior = mu, ArmIfSecuritySeeker = sS, ArmIfGreedy = sG, Steps = steps, Posterior = trust, Meaning = meaning }, o =>
            {
                o.WriteLine($"prior trust {F(mu)} (s_S = {F(sS)}, s_G = {F(sG)})");
                var current = mu;
                foreach (var seen in observations)
                {
                    current = seen.Equals("arm", StringComparison.OrdinalIgnoreCase) ? BayesianTrust.UpdateOnArming(current, sS, sG) : BayesianTrust.UpdateOnRestraint(current, sS, sG);
                    o.WriteLine($"  after {seen.ToLowerInvariant(),-10} {F(current)}");
                }

                o.WriteLine(meaning);
            });
        }));
        return command;
    }

    private static Command Signal()
    {
        var gainTrustworthy = new Option<double>("--gain-trustworthy") { Description = "What the trustworthy type gains from being trusted (payoff if trusted minus if not)", Required = true };
        var gainUntrustworthy = new Option<double>("--gain-untrustworthy") { Description = "What the untrustworthy type gains from being trusted", Required = true };
        var cost = new Option<double?>("--cost") { Description = "s: the cost of the signal to test" };
        var prior = new Option<double?>("--prior") { Description = "Prior trust, to report trust after the signal is (not) sent" };
        var json = JsonOption();
        var command = new Command("signal", "Costly reassurance: a signal of cost s separates the types iff gain_untrustworthy <= s <= gain_trustworthy.") { gainTrustworthy, gainUntrustworthy, cost, prior, json };
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var gT = Finite(pr.GetValue(gainTrustworthy), "--gain-trustworthy");
            var gU = Finite(pr.GetValue(gainUntrustworthy), "--gain-untrustworthy");
            var s = pr.GetValue(cost) is { } sv ? NonNegative(sv, "--cost") : (double?)null;
            var mu = pr.GetValue(prior) is { } pv ? Probability(pv, "--prior") : (double?)null;
            var interval = CostlySignal.SeparatingInterval(gT, gU);
            bool? separates = s is { } sc ? interval.Separates(sc) : null;
            double? trustIfSent = s is { } a && mu is { } m ? CostlySignal.TrustAfter(m, true, interval, a) : null;
            double? trustIfNotSent = s is { } b && mu is { } n ? CostlySignal.TrustAfter(n, false, interval, b) : null;
            var meaning = interval.IsEmpty
                ? "No signal separates: the untrustworthy type values being trusted more, so it would pay any cost the trustworthy type pays."
                : $"Signals costing between {F(interval.Low)} and {F(interval.High)} separate: only a trustworthy state pays them, so sending one proves benign intent.";
            return Emit(pr.GetValue(json), new
            {
                GainTrustworthy = gT,
                GainUntrustworthy = gU,
                Interval = new { interval.Low, interval.High, Empty = interval.IsEmpty },
                Cost = s,
                Separates = separates,
                TrustIfSent = trustIfSent,
                TrustIfNotSent = trustIfNotSent,
                Meaning = meaning,
            }, o =>
            {
                o.WriteLine(interval.IsEmpty ? $"separating interval: empty ([{F(interval.Low)}, {F(interval.High)}])" : $"separating interval: [{F(interval.Low)}, {F(interval.High)}]");
                if (s is { } c)
                {
                    o.WriteLine($"a signal costing {F(c)} {(separates == true ? "separates the types" : "does not separate")}");
                }

                if (trustIfSent is { } ts && trustIfNotSent is { } tn)
                {
                    o.WriteLine($"trust after it is sent {F(ts)}, after it is not {F(tn)}");
                }

                o.WriteLine(meaning);
            });
        }));
        return command;
    }
}
