using SecurityDilemma.Engine.Components;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine.Systems;

/// <summary>
/// Budgets and force mix. A security seeker closes lambda of the gap between its requirement and its decayed defending strength,
/// with offensive share o = (1 - rho d) / (1 + theta_p^2). A greedy state also buys the attack it wants against its weakest free target.
/// A power maximizer (graded) maximizes P - AS / (kappa_P Y), P = AS / (AS + Q), which gives AS* = sqrt(kappa_P Y Q) - Q (Mearsheimer 2001;
/// the formalization is ours). At war the burden is the maximum. The rise per year is capped; routine attachment r keeps r of last year's
/// posture (Mitzen 2006).
/// </summary>
/// <remarks>Reads: Assessments (requirements, rival), Forces (burden, mix, resources), Leaders (motive, perceived balance, routine), MilitaryTechnology. Writes: Forces.TargetBurden and TargetOffense.</remarks>
internal sealed class BudgetSystem(World world) : WorldSystem(world)
{
    /// <summary>A security seeker's offensive share of procurement (docs/model.md, "Procurement").</summary>
    /// <remarks>o = 1 / (1 + theta_p^2) * (1 - rho d): offense when the leader believes offense dominates, defense
    /// (readable restraint) when it believes defense dominates and distinguishability lets others read it.</remarks>
    internal double SecuritySeekerOffenseShare(double perceivedBalance, double distinguishability) =>
        1.0 / (1.0 + (perceivedBalance * perceivedBalance)) * (1.0 - (Setting.K.SignallingPreference * distinguishability));

    /// <summary>
    /// A power maximizer's budget under the graded dynamics (Mearsheimer 2001: maximize relative power, but not at any cost; the
    /// formalization is ours). Power is the chance of winning an attack on the strongest neighbour, P = AS / (AS + Q) with Q that
    /// neighbour's defending strength at the perceived balance; the state buys the attacking strength that maximizes P - AS / (kappa_P Y):
    /// dP/dAS = Q / (AS + Q)^2 = 1 / (kappa_P Y) gives AS* = sqrt(kappa_P Y Q) - Q. It covers its security requirement with defence first,
    /// like a security seeker, and buys offence for the rest, so both its burden and its mix move with the balance and its rivals.
    /// </summary>
    private (double Burden, double OffenseShare) PowerMaximizerBudget(int i, double ownDefense, double ownAttack)
    {
        var k = Setting.K;
        var decay = 1.0 - k.Depreciation;
        var rival = Assessments.Rival[i];
        var target = rival > 0.0 ? Math.Sqrt(k.PowerMaximizerCostWeight * Forces.Resources[i] * rival) - rival : 0.0;
        var spendPower = k.Adjustment * Math.Max(0.0, target - (decay * ownAttack));
        var spendSecurity = k.Adjustment * Math.Max(0.0, Assessments.RequiredDefense[i] - (decay * ownDefense));
        var spend = spendPower + spendSecurity;
        return spend > 0.0 ? (spend * Forces.InvResources[i], spendPower / spend) : (0.0, k.PowerMaximizerOffenseShare);
    }

    internal void DecideBudget(int i, double ownDefense, double ownAttack)
    {
        var k = Setting.K;
        var decay = 1.0 - k.Depreciation;
        double burden, off;
        if (WarLog.WarOf[i] >= 0)
        {
            burden = k.MaxBurden;
            off = Forces.OffenseShare[i];
        }
        else
        {
            switch (Leaders.Motive[i])
            {
                case Motive.Greedy:
                    {
                        var spendDefense = Math.Max(0.0, Assessments.RequiredDefense[i] - (decay * ownDefense)) * k.Adjustment;
                        var spendOffense = Math.Max(0.0, Assessments.RequiredAttack[i] - (decay * ownAttack)) * k.Adjustment;
                        var spend = spendDefense + spendOffense;
                        burden = spend * Forces.InvResources[i];
                        off = spend > 0.0 ? spendOffense / spend : k.GreedyOffenseShare;
                        break;
                    }

                case Motive.PowerMaximizer when Setting.Graded:
                    (burden, off) = PowerMaximizerBudget(i, ownDefense, ownAttack);
                    break;

                case Motive.PowerMaximizer:
                    burden = k.PowerMaximizerBurden;
                    off = k.PowerMaximizerOffenseShare;
                    break;

                default:
                    {
                        off = SecuritySeekerOffenseShare(Leaders.PerceivedBalanceSpec[i] ?? Technology.Balance, Technology.Distinguishability);
                        var gap = Assessments.RequiredDefense[i] - (decay * ownDefense);
                        var strengthPerUnit = 1.0 - off + (k.OffenseAsDefense * off);
                        burden = gap > 0.0 ? k.Adjustment * gap / strengthPerUnit * Forces.InvResources[i] : 0.0;
                        break;
                    }
            }

            burden = Math.Min(Math.Min(burden, k.MaxBurden), Forces.Burden[i] + k.MaxBurdenRise);
        }

        // Routine attachment (Mitzen): posture moves only part of the way toward the new decision.
        var r = Leaders.Routine[i];
        Forces.TargetBurden[i] = (r * Forces.Burden[i]) + ((1.0 - r) * burden);
        Forces.TargetOffense[i] = (r * Forces.OffenseShare[i]) + ((1.0 - r) * off);
    }
}
