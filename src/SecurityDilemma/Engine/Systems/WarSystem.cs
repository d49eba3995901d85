using SecurityDilemma.Engine.Components;
using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Engine.Systems;

/// <summary>
/// Wars (Fearon 1995; Lanchester-style attrition kept simple). Movers act in an order drawn from the year's stream (graded), so no
/// index decides who initiates; an accepted demand transfers the concession instead of a war. Each war year the attacker wins the
/// contest with p = AS / (AS + theta g DS) at the actual balance (allies included); attrition keeps 1 - a (1 - p) and 1 - a p of the
/// forces; both economies pay the war's yearly cost. The war ends by enforcement (probability: the enforcer's strength), a decisive
/// year (victory: the loser cedes a share k of its resources; graded: a year is decisive with d(theta) = d_1 theta^-gamma at the
/// actual balance, Van Evera 1998), exhaustion, or settlement on terms that follow the balance.
/// </summary>
/// <remarks>Reads: Intents, MilitaryTechnology (actual balance, psi), Forces, Topology, coalition strengths. Writes: WarLog, Forces (losses, transfers, weariness), Beliefs.LogOdds (the victim's trust in its attacker collapses), Crises.Now.</remarks>
internal sealed class WarSystem(World world) : WorldSystem(world)
{
    private readonly JoiningSystem _joining = world.JoiningSystem;

    /// <summary>
    /// Turns this year's strike decisions into wars and accepted demands into concessions. When several states move in the same
    /// year they act in an order drawn from the year's own stream, so neither the list order nor a state's index decides who
    /// is the initiator when two states strike each other at once.
    /// </summary>
    internal void StartWars(int year, IRunRecorder? recorder)
    {
        var movers = 0;
        for (var i = 0; i < N; i++)
        {
            if (Intents.Edge[i] >= 0 && WarLog.WarOf[i] < 0)
            {
                Intents.MoveOrder[movers++] = i;
            }
        }

        if (movers > 1 && Setting.Graded)
        {
            // Fisher-Yates over the movers with the year's stream (path 4/year below the run's seed).
            var rng = new Xoshiro256(SeedTree.Derive(Setting.Seed, [4UL, (ulong)year]));
            for (var x = movers - 1; x > 0; x--)
            {
                var y = rng.NextInt(x + 1);
                (Intents.MoveOrder[x], Intents.MoveOrder[y]) = (Intents.MoveOrder[y], Intents.MoveOrder[x]);
            }
        }

        for (var m = 0; m < movers; m++)
        {
            var i = Intents.MoveOrder[m];
            var e = Intents.Edge[i];
            if (WarLog.WarOf[i] >= 0)
            {
                continue;
            }

            var j = Topology.Target[e];
            if (WarLog.WarOf[j] >= 0)
            {
                continue;
            }

            if (Intents.Kind[i] == StrikeKind.Demand)
            {
                Concede(i, j, e, year, recorder);
                continue;
            }

            var slot = WarLog.Count; // the war's ordinal names its random stream
            WarLog.Add(new WarState
            {
                Attacker = i,
                Defender = j,
                Edge = e,
                Start = year,
                Preemptive = Intents.Preemptive[i],
                Ending = WarEnding.Ongoing,
                Winner = -1,
                AttackerForcesBefore = Forces.Offense[i] + Forces.Defense[i],
                DefenderForcesBefore = Forces.Offense[j] + Forces.Defense[j],
                Rng = new Xoshiro256(SeedTree.Derive(Setting.Seed, [2UL, (ulong)slot])),
            });
            WarLog.WarOf[i] = slot;
            WarLog.WarOf[j] = slot;

            // Being attacked is the least ambiguous signal there is: the victim's trust in the attacker collapses.
            var r = Topology.Reverse[e];
            if (r >= 0)
            {
                Beliefs.LogOdds[r] = -Setting.K.MaxLogOdds;
            }

            // The crisis has escalated: it ends here, and after the war a new one must form before another strike.
            var wasInCrisis = Crises.Now[e] || (r >= 0 && Crises.Now[r]);
            Crises.Now[e] = false;
            if (r >= 0)
            {
                Crises.Now[r] = false;
            }

            if (recorder is not null)
            {
                if (wasInCrisis)
                {
                    recorder.Event(new EngineEvent(year, EventKind.CrisisEnd, [Math.Min(i, j), Math.Max(i, j)], "escalated to war"));
                }

                recorder.Event(new EngineEvent(year, EventKind.WarStart, [i, j],
                    $"{Setting.Name(i)} attacks {Setting.Name(j)} (expected value {Intents.Value[i]:F3})"));
                if (Intents.Preemptive[i])
                {
                    recorder.Event(new EngineEvent(year, EventKind.Preemption, [i, j],
                        $"{Setting.Name(i)} strikes first: expected first-strike advantage exceeds the costs of war"));
                }

                if (Intents.Kind[i] == StrikeKind.Prevent)
                {
                    recorder.Event(new EngineEvent(year, EventKind.PreventiveWar, [i, j],
                        $"{Setting.Name(i)} fights now rather than face a stronger {Setting.Name(j)} later"));
                }
            }
        }
    }

    /// <summary>
    /// An accepted demand (Fearon 1995: bargaining usually succeeds): the target cedes the demanded share of the stake, the crisis is
    /// defused, and a new one must form before the next demand.
    /// </summary>
    private void Concede(int i, int j, int e, int year, IRunRecorder? recorder)
    {
        var amount = Intents.Concession[i] * Forces.Resources[j];
        Forces.Transfer(j, i, amount);
        var r = Topology.Reverse[e];
        var wasInCrisis = Crises.Now[e] || (r >= 0 && Crises.Now[r]);
        Crises.Now[e] = false;
        if (r >= 0)
        {
            Crises.Now[r] = false;
        }

        if (recorder is not null)
        {
            recorder.Event(new EngineEvent(year, EventKind.Concession, [j, i],
                $"{Setting.Name(j)} yields {amount:G4} to {Setting.Name(i)}'s demand rather than fight"));
            if (wasInCrisis)
            {
                recorder.Event(new EngineEvent(year, EventKind.CrisisEnd, [Math.Min(i, j), Math.Max(i, j)], "defused by a concession"));
            }
        }
    }

    /// <summary>One year of every ongoing war.</summary>
    internal void FightWars(int year, IRunRecorder? recorder)
    {
        // Only ongoing wars, in the order they started (the list is compacted as wars end, so a year's cost does not
        // grow with the number of wars in the run's history).
        var still = 0;
        for (var x = 0; x < WarLog.OngoingCount; x++)
        {
            var w = WarLog.Ongoing[x];
            FightWar(w, year, recorder);
            if (WarLog.Items[w].Ending == WarEnding.Ongoing)
            {
                WarLog.Ongoing[still++] = w;
            }
        }

        WarLog.OngoingCount = still;
    }

    private void FightWar(int w, int year, IRunRecorder? recorder)
    {
        var k = Setting.K;
        ref var war = ref WarLog.Items[w];
        var a = war.Attacker;
        var b = war.Defender;

        // Outcomes use the actual balance (times the border's defensibility), never the perceived one.
        var balance = Technology.Balance * Topology.Defensibility[war.Edge];
        var attack = Forces.Offense[a] + (Technology.DefenseAttack * Forces.Defense[a]);
        var defend = Forces.Defense[b] + (k.OffenseAsDefense * Forces.Offense[b]);
        _joining.AddCoalitionStrength(w, ref attack, ref defend); // allies that joined fight on their side.
        var p = Contest.WinProbability(attack, defend, balance); // g = 1: the library function without its powers

        // Attrition: the likelier loser loses more; both economies bear the war's yearly cost.
        var keepA = 1.0 - (k.Attrition * (1.0 - p));
        var keepB = 1.0 - (k.Attrition * p);
        _joining.CoalitionLosses(w, keepA, keepB);
        Forces.Offense[a] *= keepA;
        Forces.Defense[a] *= keepA;
        Forces.Offense[b] *= keepB;
        Forces.Defense[b] *= keepB;
        Forces.SetResources(a, Forces.Resources[a] * (1.0 - k.WarYearCost));
        Forces.SetResources(b, Forces.Resources[b] * (1.0 - k.WarYearCost));

        var enforced = Setting.Graded ? war.Rng.NextDouble() : 0.0;
        if (Setting.Scenario.Hierarchy && enforced < Setting.EnforcerStrength)
        {
            // The enforcer acts (as often as its strength allows): it ends the war and takes the aggressor's gains, paying
            // reparations to its victim.
            Forces.Transfer(a, b, k.EnforcerPenalty * Forces.Resources[a]);
            recorder?.Event(new EngineEvent(year, EventKind.Enforcement, [a, b], $"the enforcer moves against the aggressor {Setting.Name(a)}"));
            End(ref war, year, WarEnding.Enforcement, b, recorder);
            return;
        }

        var decisive = war.Rng.NextDouble();
        var coin = war.Rng.NextDouble();
        var settle = war.Rng.NextDouble();
        var decisiveness = Setting.Graded ? Rules.Decisiveness(balance, k.DecisiveYearProbability, k.DecisivenessElasticity) : k.DecisiveYearProbability;
        if (decisive < decisiveness)
        {
            var attackerWins = coin < p;
            var winner = attackerWins ? a : b;
            var loser = attackerWins ? b : a;
            Forces.Transfer(loser, winner, k.ConquestShare * Forces.Resources[loser]);
            Forces.Offense[loser] *= 0.5;
            Forces.Defense[loser] *= 0.5;
            End(ref war, year, WarEnding.Victory, winner, recorder);
        }
        else if (Forces.Offense[a] + Forces.Defense[a] < k.ExhaustionShare * war.AttackerForcesBefore
                 || Forces.Offense[b] + Forces.Defense[b] < k.ExhaustionShare * war.DefenderForcesBefore)
        {
            End(ref war, year, WarEnding.Exhaustion, -1, recorder);
        }
        else if (year > war.Start && settle < k.SettlementProbability)
        {
            // Terms follow the balance (Fearon): the side more likely to win gets a share in proportion to its edge.
            if (p >= 0.5)
            {
                Forces.Transfer(b, a, k.ConquestShare * ((2.0 * p) - 1.0) * Forces.Resources[b]);
            }
            else
            {
                Forces.Transfer(a, b, k.ConquestShare * (1.0 - (2.0 * p)) * Forces.Resources[a]);
            }

            End(ref war, year, WarEnding.Settlement, -1, recorder);
        }
    }

    private void End(ref WarState war, int year, WarEnding ending, int winner, IRunRecorder? recorder)
    {
        _joining.ReleaseCoalition(WarLog.WarOf[war.Attacker]); // allies that joined go home.
        war.Ending = ending;
        war.End = year;
        war.Winner = winner;
        WarLog.WarOf[war.Attacker] = -1;
        WarLog.WarOf[war.Defender] = -1;
        Forces.Weariness[war.Attacker] += Setting.K.WarWeariness;
        Forces.Weariness[war.Defender] += Setting.K.WarWeariness;
        recorder?.Event(new EngineEvent(year, EventKind.WarEnd, [war.Attacker, war.Defender],
            $"{ending.ToString().ToLowerInvariant()}{(winner >= 0 ? $", {Setting.Name(winner)} wins" : string.Empty)}"));
    }
}
