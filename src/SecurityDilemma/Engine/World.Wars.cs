using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Engine;

/// <summary>Wars: start from decisions, fight with the actual balance, end by victory, exhaustion, settlement or enforcement.</summary>
internal sealed partial class World
{
    /// <summary>
    /// Turns this year's strike decisions into wars and accepted demands into concessions. When several states move in the same
    /// year they act in an order drawn from the year's own stream, so neither the list order nor a state's index decides who
    /// is the initiator when two states strike each other at once.
    /// </summary>
    private void StartWars(int year, IRunRecorder? recorder)
    {
        var movers = 0;
        for (var i = 0; i < N; i++)
        {
            if (IntentEdge[i] >= 0 && WarOf[i] < 0)
            {
                _moveOrder[movers++] = i;
            }
        }

        if (movers > 1 && Graded)
        {
            // Fisher-Yates over the movers with the year's stream (path 4/year below the run's seed).
            var rng = new Xoshiro256(SeedTree.Derive(_seed, [4UL, (ulong)year]));
            for (var x = movers - 1; x > 0; x--)
            {
                var y = rng.NextInt(x + 1);
                (_moveOrder[x], _moveOrder[y]) = (_moveOrder[y], _moveOrder[x]);
            }
        }

        for (var m = 0; m < movers; m++)
        {
            var i = _moveOrder[m];
            var e = IntentEdge[i];
            if (WarOf[i] >= 0)
            {
                continue;
            }

            var j = Target[e];
            if (WarOf[j] >= 0)
            {
                continue;
            }

            if (IntentKind[i] == StrikeKind.Demand)
            {
                Concede(i, j, e, year, recorder);
                continue;
            }

            if (_warCount == _wars.Length)
            {
                Array.Resize(ref _wars, _wars.Length * 2);
                Array.Resize(ref _ongoing, _wars.Length);
            }

            var slot = _warCount++;
            _ongoing[_ongoingCount++] = slot;
            _wars[slot] = new WarState
            {
                Attacker = i,
                Defender = j,
                Edge = e,
                Start = year,
                Preemptive = IntentPreemptive[i],
                Ending = WarEnding.Ongoing,
                Winner = -1,
                AttackerForcesBefore = Offense[i] + Defense[i],
                DefenderForcesBefore = Offense[j] + Defense[j],
                Rng = new Xoshiro256(SeedTree.Derive(_seed, [2UL, (ulong)slot])),
            };
            WarOf[i] = slot;
            WarOf[j] = slot;

            // Being attacked is the least ambiguous signal there is: the victim's trust in the attacker collapses.
            var r = Reverse[e];
            if (r >= 0)
            {
                LogOdds[r] = -_k.MaxLogOdds;
            }

            // The crisis has escalated: it ends here, and after the war a new one must form before another strike.
            var wasInCrisis = Crisis[e] || (r >= 0 && Crisis[r]);
            Crisis[e] = false;
            if (r >= 0)
            {
                Crisis[r] = false;
            }

            if (recorder is not null)
            {
                if (wasInCrisis)
                {
                    recorder.Event(new EngineEvent(year, EventKind.CrisisEnd, [Math.Min(i, j), Math.Max(i, j)], "escalated to war"));
                }

                recorder.Event(new EngineEvent(year, EventKind.WarStart, [i, j],
                    $"{Name(i)} attacks {Name(j)} (expected value {IntentValue[i]:F3})"));
                if (IntentPreemptive[i])
                {
                    recorder.Event(new EngineEvent(year, EventKind.Preemption, [i, j],
                        $"{Name(i)} strikes first: expected first-strike advantage exceeds the costs of war"));
                }

                if (IntentKind[i] == StrikeKind.Prevent)
                {
                    recorder.Event(new EngineEvent(year, EventKind.PreventiveWar, [i, j],
                        $"{Name(i)} fights now rather than face a stronger {Name(j)} later"));
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
        var amount = IntentConcession[i] * Resources[j];
        Transfer(j, i, amount);
        var r = Reverse[e];
        var wasInCrisis = Crisis[e] || (r >= 0 && Crisis[r]);
        Crisis[e] = false;
        if (r >= 0)
        {
            Crisis[r] = false;
        }

        if (recorder is not null)
        {
            recorder.Event(new EngineEvent(year, EventKind.Concession, [j, i],
                $"{Name(j)} yields {amount:G4} to {Name(i)}'s demand rather than fight"));
            if (wasInCrisis)
            {
                recorder.Event(new EngineEvent(year, EventKind.CrisisEnd, [Math.Min(i, j), Math.Max(i, j)], "defused by a concession"));
            }
        }
    }

    private string Name(int i) => _scenario.States[i].Name;

    /// <summary>One year of every ongoing war.</summary>
    private void FightWars(int year, IRunRecorder? recorder)
    {
        // Only ongoing wars, in the order they started (the list is compacted as wars end, so a year's cost does not
        // grow with the number of wars in the run's history).
        var still = 0;
        for (var x = 0; x < _ongoingCount; x++)
        {
            var w = _ongoing[x];
            FightWar(w, year, recorder);
            if (_wars[w].Ending == WarEnding.Ongoing)
            {
                _ongoing[still++] = w;
            }
        }

        _ongoingCount = still;
    }

    private void FightWar(int w, int year, IRunRecorder? recorder)
    {
        var k = _k;
        ref var war = ref _wars[w];
        var a = war.Attacker;
        var b = war.Defender;

        // Outcomes use the actual balance (times the border's defensibility), never the perceived one.
        var balance = Balance * Defensibility[war.Edge];
        var attack = Offense[a] + (DefenseAttack * Defense[a]);
        var defend = Defense[b] + (k.OffenseAsDefense * Offense[b]);
        AddCoalitionStrength(w, ref attack, ref defend); // allies that joined fight on their side.
        var p = Contest.WinProbability(attack, defend, balance); // g = 1: the library function without its powers

        // Attrition: the likelier loser loses more; both economies bear the war's yearly cost.
        var keepA = 1.0 - (k.Attrition * (1.0 - p));
        var keepB = 1.0 - (k.Attrition * p);
        CoalitionLosses(w, keepA, keepB);
        Offense[a] *= keepA;
        Defense[a] *= keepA;
        Offense[b] *= keepB;
        Defense[b] *= keepB;
        SetResources(a, Resources[a] * (1.0 - k.WarYearCost));
        SetResources(b, Resources[b] * (1.0 - k.WarYearCost));

        var enforced = Graded ? war.Rng.NextDouble() : 0.0;
        if (_scenario.Hierarchy && enforced < EnforcerStrength)
        {
            // The enforcer acts (as often as its strength allows): it ends the war and takes the aggressor's gains, paying
            // reparations to its victim.
            Transfer(a, b, k.EnforcerPenalty * Resources[a]);
            recorder?.Event(new EngineEvent(year, EventKind.Enforcement, [a, b], $"the enforcer moves against the aggressor {Name(a)}"));
            End(ref war, year, WarEnding.Enforcement, b, recorder);
            return;
        }

        var decisive = war.Rng.NextDouble();
        var coin = war.Rng.NextDouble();
        var settle = war.Rng.NextDouble();
        if (decisive < k.DecisiveYearProbability)
        {
            var attackerWins = coin < p;
            var winner = attackerWins ? a : b;
            var loser = attackerWins ? b : a;
            Transfer(loser, winner, k.ConquestShare * Resources[loser]);
            Offense[loser] *= 0.5;
            Defense[loser] *= 0.5;
            End(ref war, year, WarEnding.Victory, winner, recorder);
        }
        else if (Offense[a] + Defense[a] < k.ExhaustionShare * war.AttackerForcesBefore
                 || Offense[b] + Defense[b] < k.ExhaustionShare * war.DefenderForcesBefore)
        {
            End(ref war, year, WarEnding.Exhaustion, -1, recorder);
        }
        else if (year > war.Start && settle < k.SettlementProbability)
        {
            // Terms follow the balance (Fearon): the side more likely to win gets a share in proportion to its edge.
            if (p >= 0.5)
            {
                Transfer(b, a, k.ConquestShare * ((2.0 * p) - 1.0) * Resources[b]);
            }
            else
            {
                Transfer(a, b, k.ConquestShare * (1.0 - (2.0 * p)) * Resources[a]);
            }

            End(ref war, year, WarEnding.Settlement, -1, recorder);
        }
    }

    private void Transfer(int from, int to, double amount)
    {
        SetResources(from, Resources[from] - amount);
        SetResources(to, Resources[to] + amount);
    }

    private void End(ref WarState war, int year, WarEnding ending, int winner, IRunRecorder? recorder)
    {
        ReleaseCoalition(WarOf[war.Attacker]); // allies that joined go home.
        war.Ending = ending;
        war.End = year;
        war.Winner = winner;
        WarOf[war.Attacker] = -1;
        WarOf[war.Defender] = -1;
        Weariness[war.Attacker] += _k.WarWeariness;
        Weariness[war.Defender] += _k.WarWeariness;
        recorder?.Event(new EngineEvent(year, EventKind.WarEnd, [war.Attacker, war.Defender],
            $"{ending.ToString().ToLowerInvariant()}{(winner >= 0 ? $", {Name(winner)} wins" : string.Empty)}"));
    }
}
