using SecurityDilemma.Engine.Components;

namespace SecurityDilemma.Engine.Systems;

/// <summary>
/// Joining wars: chain ganging (Christensen &amp; Snyder 1990). When a war starts each belligerent's supporters decide in turn,
/// breadth first. Graded dynamics: g joins iff W c (dp (S + L) + R D) - cost > 0 (<see cref="AllianceRules.ExpectedJoinValue"/>), with
/// dp the change in its side's win probability, S the stake, L the later loss (0 when the enemy does not border g), R reputation and D
/// dependence, all at g's perceived balance. Every ally that joins counts as chain ganging. Joiners add their strength to their side, share
/// its attrition and go home when the war ends.
/// </summary>
/// <remarks>Reads: Alliances (links, commitments), Forces, Leaders, WarLog, Topology. Writes: Coalitions, WarLog.WarOf (joiners), Forces (joiners' losses, weariness), RunTotals.ChainGangs, crisis moves.</remarks>
internal sealed class JoiningSystem(World world) : WorldSystem(world)
{
    private readonly CrisisSystem _crisis = world.CrisisSystem;

    /// <summary>
    /// After wars start: each belligerent's allies and guarantors decide whether to join (and then their own allies), by
    /// commitment and their own calculation (<see cref="AllianceRules.JoinValue"/>).
    /// </summary>
    internal void DrawInAllies(int firstNew, int year, IRunRecorder? recorder)
    {
        for (var w = firstNew; w < WarLog.Count; w++)
        {
            Coalitions.HeadOf[WarLog.Items[w].Attacker] = -1;
            ref var war = ref WarLog.Items[w];
            var crisis = _crisis.CloseCrisisByWar(war.Attacker, war.Defender, war.Edge, war.Preemptive, year);
            if (Alliances.LinkTotal == 0)
            {
                continue;
            }

            var attack = Forces.AttackingStrength(war.Attacker);
            var defend = Forces.DefendingStrength(war.Defender);
            var geo = Topology.Defensibility[war.Edge];
            Coalitions.Queue[0] = war.Attacker;
            Coalitions.QueueSide[0] = Coalitions.AttackerSide;
            Coalitions.Queue[1] = war.Defender;
            Coalitions.QueueSide[1] = Coalitions.DefenderSide;
            var count = 2;
            for (var q = 0; q < count; q++)
            {
                var x = Coalitions.Queue[q];
                var side = Coalitions.QueueSide[q];
                var start = x * Alliances.Slots;
                for (var s = start; s < start + Alliances.Slots; s++)
                {
                    var g = Alliances.LinkTo[s];
                    if (g < 0 || WarLog.WarOf[g] >= 0)
                    {
                        continue;
                    }

                    var leader = Leaders.PerceivedBalance(g);
                    var theta = leader * geo;
                    double alone, with;
                    if (side == Coalitions.AttackerSide)
                    {
                        alone = 1.0 - AllianceRules.AttackerWins(attack, defend, theta);
                        with = 1.0 - AllianceRules.AttackerWins(attack + Forces.AttackingStrength(g), defend, theta);
                    }
                    else
                    {
                        alone = AllianceRules.AttackerWins(attack, defend, theta);
                        with = AllianceRules.AttackerWins(attack, defend + Forces.DefendingStrength(g), theta);
                    }

                    var stake = Forces.Resources[g] > 0.0 ? Setting.K.ConquestShare * Forces.Resources[x] / Forces.Resources[g] : 0.0;
                    var dependence = AllianceRules.Dependence(Forces.DefendingStrength(x), Forces.DefendingStrength(g));
                    double kappa, value;
                    if (Setting.Graded)
                    {
                        // The commitment's tightness follows from what the ally's fall would cost g later, at g's perceived balance.
                        var enemy = side == Coalitions.AttackerSide ? war.Defender : war.Attacker;
                        // A victor that does not border g cannot turn on it later.
                        var reach = Topology.EdgeTo(g, enemy);
                        var later = reach < 0 ? 0.0
                            : AllianceRules.LaterLoss(Forces.AttackingStrength(enemy), Forces.Resources[enemy], Forces.Resources[x], Forces.DefendingStrength(g), leader * Topology.Defensibility[reach], Setting.K.ConquestShare);
                        kappa = Alliances.LinkCommit[s];
                        value = AllianceRules.ExpectedJoinValue(AllianceRules.Willingness(Leaders.AlliancePropensity[g]), kappa, alone - with, stake, later, Setting.A.Reputation,
                            dependence, Setting.K.WarCost + Forces.Weariness[g]);
                    }
                    else
                    {
                        kappa = AllianceRules.EffectiveCommitment(Alliances.LinkCommit[s], AllianceRules.Tightening(leader, Setting.A.MinTightening, Setting.A.MaxTightening));
                        value = AllianceRules.JoinValue(AllianceRules.Willingness(Leaders.AlliancePropensity[g]), kappa, alone - with, stake, Setting.A.Reputation,
                            dependence, Setting.K.WarCost + Forces.Weariness[g]);
                    }

                    if (value <= 0.0)
                    {
                        continue;
                    }

                    if (side == Coalitions.AttackerSide)
                    {
                        attack += Forces.AttackingStrength(g);
                    }
                    else
                    {
                        defend += Forces.DefendingStrength(g);
                    }

                    Join(w, g, side, x, Alliances.LinkGuarantee[s], kappa, crisis, year, recorder);
                    Coalitions.Queue[count] = g;
                    Coalitions.QueueSide[count] = side;
                    count++;
                }
            }
        }
    }

    private void Join(int w, int g, byte side, int ally, bool guarantee, double kappa, int crisis, int year, IRunRecorder? recorder)
    {
        WarLog.WarOf[g] = w;
        Coalitions.SideOf[g] = side;
        Coalitions.NextJoiner[g] = Coalitions.HeadOf[WarLog.Items[w].Attacker];
        Coalitions.HeadOf[WarLog.Items[w].Attacker] = g;
        Coalitions.ActiveJoiners++;
        if (Crises.Logged)
        {
            // The war's sides for RunResult (kept with the logs).
            if (Coalitions.JoinCount == Coalitions.Joins.Length)
            {
                Array.Resize(ref Coalitions.Joins, Coalitions.Joins.Length * 2);
            }

            Coalitions.Joins[Coalitions.JoinCount++] = new Coalitions.JoinState { War = w, State = g, Side = side };
        }
        var enemy = side == Coalitions.AttackerSide ? WarLog.Items[w].Defender : WarLog.Items[w].Attacker;
        if (guarantee)
        {
            _crisis.AddMove(crisis, year, g, CrisisMoveKind.GuaranteeInvoked, ally);
            recorder?.Event(new EngineEvent(year, EventKind.GuaranteeInvoked, [g, ally, enemy],
                $"{Setting.Name(g)} honours its guarantee to {Setting.Name(ally)} and fights {Setting.Name(enemy)} (effective commitment {kappa:F2})"));
        }
        else
        {
            _crisis.AddMove(crisis, year, g, CrisisMoveKind.AllyJoins, ally);

            // Chain ganging: an ally pulled into its partner's war. The graded dynamics count every ally, minor or major; the
            // classic rules count only a joiner that could balance the enemy on its own account (resources at least
            // AbleShare of the enemy's), a minor ally's entry being on the war's sides and in the crisis log only.
            if (!Setting.Graded && Forces.Resources[g] < Setting.A.AbleShare * Forces.Resources[enemy])
            {
                return;
            }

            Totals.ChainGangs++;
            recorder?.Event(new EngineEvent(year, EventKind.ChainGang, [g, ally, enemy],
                $"{Setting.Name(g)} is pulled into {Setting.Name(ally)}'s war with {Setting.Name(enemy)} (effective commitment {kappa:F2})"));
        }
    }

    /// <summary>FightWars hook: allies that joined add their strength to their side.</summary>
    internal void AddCoalitionStrength(int w, ref double attack, ref double defend)
    {
        if (Coalitions.ActiveJoiners == 0)
        {
            return;
        }

        for (var g = Coalitions.HeadOf[WarLog.Items[w].Attacker]; g >= 0; g = Coalitions.NextJoiner[g])
        {
            if (Coalitions.SideOf[g] == Coalitions.AttackerSide)
            {
                attack += Forces.AttackingStrength(g);
            }
            else
            {
                defend += Forces.DefendingStrength(g);
            }
        }
    }

    /// <summary>FightWars hook: allies that joined share their side's attrition and the yearly cost of war.</summary>
    internal void CoalitionLosses(int w, double keepAttacker, double keepDefender)
    {
        if (Coalitions.ActiveJoiners == 0)
        {
            return;
        }

        for (var g = Coalitions.HeadOf[WarLog.Items[w].Attacker]; g >= 0; g = Coalitions.NextJoiner[g])
        {
            var keep = Coalitions.SideOf[g] == Coalitions.AttackerSide ? keepAttacker : keepDefender;
            Forces.Offense[g] *= keep;
            Forces.Defense[g] *= keep;
            Forces.SetResources(g, Forces.Resources[g] * (1.0 - Setting.K.WarYearCost));
        }
    }

    /// <summary>End hook: the allies that joined war <paramref name="w"/> are released (and weary).</summary>
    internal void ReleaseCoalition(int w)
    {
        if (Coalitions.ActiveJoiners == 0 || w < 0)
        {
            return;
        }

        var g = Coalitions.HeadOf[WarLog.Items[w].Attacker];
        while (g >= 0)
        {
            var next = Coalitions.NextJoiner[g];
            WarLog.WarOf[g] = -1;
            Coalitions.SideOf[g] = Coalitions.NoSide;
            Coalitions.NextJoiner[g] = -1;
            Forces.Weariness[g] += Setting.K.WarWeariness;
            Coalitions.ActiveJoiners--;
            g = next;
        }

        Coalitions.HeadOf[WarLog.Items[w].Attacker] = -1;
    }

    /// <summary>The two sides of war slot <paramref name="w"/> (initiator's first), principals then joiners in order of joining.</summary>
    internal (List<int> Attackers, List<int> Defenders) SidesOf(int w)
    {
        List<int> attackers = [WarLog.Items[w].Attacker];
        List<int> defenders = [WarLog.Items[w].Defender];
        for (var j = 0; j < Coalitions.JoinCount; j++)
        {
            if (Coalitions.Joins[j].War == w)
            {
                (Coalitions.Joins[j].Side == Coalitions.AttackerSide ? attackers : defenders).Add(Coalitions.Joins[j].State);
            }
        }

        return (attackers, defenders);
    }
}
