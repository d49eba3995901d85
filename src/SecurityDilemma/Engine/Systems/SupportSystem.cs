using SecurityDilemma.Engine.Components;

namespace SecurityDilemma.Engine.Systems;

/// <summary>
/// Extended deterrence (Huth 1988; Snyder 1984): the help a state expects from its allies and guarantors, and the help an
/// attacker expects its target to receive. A supporter g brings kappa DS_g / (1 + links_g): its defending strength spread over
/// itself and everything it has promised to defend. Graded dynamics: kappa = min(1, c L / (tau / 2)) of its commitment c, L
/// the later loss the ally's fall would cost it at the perceived balance (<see cref="AllianceRules.LaterLoss"/>,
/// <see cref="AllianceRules.ExpectedCommitment"/>; Christensen &amp; Snyder 1990). Classic: c tightened by 1 / theta.
/// </summary>
/// <remarks>Reads: Alliances (links, commitments), Forces, Leaders (perceived balance), Assessments.TopEdge, WarLog.WarOf.
/// Writes: Assessments.AlliedDefense.</remarks>
internal sealed class SupportSystem(World world) : WorldSystem(world)
{
    /// <summary>Before phase 1: the defending strength each state expects from its supporters, at its own perceived balance.</summary>
    /// <remarks>kappa DS_g / (1 + links_g): a supporter's forces are spread over itself and everything it has promised to defend.</remarks>
    internal void PrepareSupport()
    {
        if (Alliances.LinkTotal == 0)
        {
            return;
        }

        for (var i = 0; i < N; i++)
        {
            var sum = 0.0;
            if (Alliances.LinksIn[i] > 0)
            {
                var tight = Setting.Graded ? 0.0 : AllianceRules.Tightening(Leaders.PerceivedBalance(i), Setting.A.MinTightening, Setting.A.MaxTightening); // classic only
                var threat = Assessments.TopEdge[i] >= 0 ? Topology.Target[Assessments.TopEdge[i]] : -1;
                var start = i * Alliances.Slots;
                for (var s = start; s < start + Alliances.Slots; s++)
                {
                    var g = Alliances.LinkTo[s];
                    if (g >= 0 && WarLog.WarOf[g] < 0)
                    {
                        var kappa = Setting.Graded
                            ? SupporterCommitment(s, g, i, threat, Leaders.PerceivedBalance(i))
                            : AllianceRules.EffectiveCommitment(Alliances.LinkCommit[s], tight);
                        sum += kappa * Forces.DefendingStrength(g) / (1 + Alliances.Supports[g]);
                    }
                }
            }

            Assessments.AlliedDefense[i] = sum;
        }
    }

    /// <summary>
    /// Extended deterrence (Huth 1988): the defending strength the attacker <paramref name="attacker"/> expects
    /// <paramref name="target"/>'s allies and guarantors to bring, weighting each declared commitment by its own perceived balance.
    /// </summary>
    internal double ExpectedSupport(int target, int attacker)
    {
        if (Alliances.LinksIn[target] == 0)
        {
            return 0.0;
        }

        var tight = Setting.Graded ? 0.0 : AllianceRules.Tightening(Leaders.PerceivedBalance(attacker), Setting.A.MinTightening, Setting.A.MaxTightening); // classic only
        var sum = 0.0;
        var start = target * Alliances.Slots;
        for (var s = start; s < start + Alliances.Slots; s++)
        {
            var g = Alliances.LinkTo[s];
            if (g >= 0 && g != attacker && WarLog.WarOf[g] < 0)
            {
                var kappa = Setting.Graded
                    ? SupporterCommitment(s, g, target, attacker, Leaders.PerceivedBalance(attacker))
                    : AllianceRules.EffectiveCommitment(Alliances.LinkCommit[s], tight);
                sum += kappa * Forces.DefendingStrength(g) / (1 + Alliances.Supports[g]);
            }
        }

        return sum;
    }

    /// <summary>
    /// Graded dynamics: the share of its commitment (link <paramref name="slot"/>) supporter <paramref name="g"/> is expected,
    /// at perceived balance <paramref name="balance"/>, to honour for <paramref name="ally"/> against <paramref name="enemy"/>:
    /// <see cref="AllianceRules.ExpectedCommitment"/> of its later loss should the ally fall.
    /// </summary>
    private double SupporterCommitment(int slot, int g, int ally, int enemy, double balance)
    {
        if (enemy < 0)
        {
            return Alliances.LinkCommit[slot];
        }

        var later = AllianceRules.LaterLoss(Forces.AttackingStrength(enemy), Forces.Resources[enemy], Forces.Resources[ally], Forces.DefendingStrength(g), balance, Setting.K.ConquestShare);
        return AllianceRules.ExpectedCommitment(Alliances.LinkCommit[slot], later, Setting.K.ConquestShare);
    }
}
