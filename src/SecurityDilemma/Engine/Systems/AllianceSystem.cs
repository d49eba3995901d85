using SecurityDilemma.Engine.Components;

namespace SecurityDilemma.Engine.Systems;

/// <summary>
/// Alliances and guarantees (Walt 1987; Christensen &amp; Snyder 1990; Snyder 1984). After phase 1 a state whose most
/// threatening neighbour looks dangerous (danger above a threshold) and that has no supporters either passes the buck to the
/// likeliest catcher (graded: when the risk that the catcher falls at once is worth less than the war it saves, at the speed
/// of war the state's perceived balance implies, <see cref="AllianceRules.PassesBuckByExpectedValue"/>; classic: when the
/// catcher holds out alone with enough probability, <see cref="AllianceRules.PassesBuck"/>; a buck passer buys only part of
/// its requirement), or seeks a partner among the strong states the same threat worries. An alliance is left after enough safe
/// years or before striking the ally; an able state guarantees a weak partner. What allies expect of each other is the
/// <see cref="SupportSystem"/>; whether they fight is the <see cref="JoiningSystem"/>.
/// </summary>
/// <remarks>Reads: Assessments (threats, top edge, danger), Forces, Leaders (propensity, perceived balance), Intents.Edge,
/// WarLog.WarOf, Beliefs.BalancePerceived. Writes: Alliances (links, pledges, balancing state, records), a buck passer's
/// Assessments.RequiredDefense and budget, RunTotals.BuckPasses, BuckPassYears and BalancingDecisions.</remarks>
internal sealed class AllianceSystem(World world) : WorldSystem(world)
{
    private readonly BudgetSystem _budget = world.BudgetSystem;
    private readonly CrisisSystem _crisis = world.CrisisSystem;

    /// <summary>Installs the scenario's alliances and guarantees (the tables are allocated with the <see cref="Alliances"/> component).</summary>
    internal void InstallDeclared()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < N; i++)
        {
            index[Setting.Scenario.States[i].Name] = i;
        }

        int Find(string name) => Alliances.Find(index, name);

        for (var s = 0; s < Setting.Scenario.Alliances.Count; s++)
        {
            var spec = Setting.Scenario.Alliances[s];
            var members = spec.Members.Distinct(StringComparer.Ordinal).Select(Find).ToArray();
            var r = NewRecord(false, s, members[0], members.Length > 1 ? members[1] : members[0], spec.Commitment, 0);
            for (var x = 0; x < members.Length; x++)
            {
                for (var y = x + 1; y < members.Length; y++)
                {
                    AddAllianceLink(members[x], members[y], spec.Commitment, r);
                }
            }
        }

        for (var s = 0; s < Setting.Scenario.Guarantees.Count; s++)
        {
            var spec = Setting.Scenario.Guarantees[s];
            var guarantor = Find(spec.Guarantor);
            var protege = Find(spec.Protege);
            var r = NewRecord(true, s, guarantor, protege, spec.Commitment, 0);
            AddLink(protege, guarantor, spec.Commitment, r, true);
        }
    }

    private int NewRecord(bool guarantee, int spec, int a, int b, double commitment, int year)
    {
        if (!Crises.Logged && Alliances.FreeCount > 0 && spec < 0)
        {
            var reused = Alliances.FreeRecords[--Alliances.FreeCount];
            Alliances.Records[reused] = new Alliances.LinkState { Guarantee = guarantee, Spec = spec, A = a, B = b, Commitment = commitment, Formed = year, Dissolved = -1 };
            return reused;
        }

        if (Alliances.RecordCount == Alliances.Records.Length)
        {
            Array.Resize(ref Alliances.Records, Alliances.Records.Length * 2);
            Array.Resize(ref Alliances.FreeRecords, Alliances.Records.Length);
        }

        Alliances.Records[Alliances.RecordCount] = new Alliances.LinkState
        {
            Guarantee = guarantee,
            Spec = spec,
            A = a,
            B = b,
            Commitment = commitment,
            Formed = year,
            Dissolved = -1,
        };
        return Alliances.RecordCount++;
    }

    private bool AddLink(int row, int supporter, double commitment, int record, bool guarantee)
    {
        var start = row * Alliances.Slots;
        for (var s = start; s < start + Alliances.Slots; s++)
        {
            if (Alliances.LinkTo[s] < 0)
            {
                Alliances.LinkTo[s] = supporter;
                Alliances.LinkCommit[s] = commitment;
                Alliances.LinkRecord[s] = record;
                Alliances.LinkGuarantee[s] = guarantee;
                Alliances.LinksIn[row]++;
                Alliances.Supports[supporter]++;
                Alliances.LinkTotal++;
                if (!guarantee)
                {
                    Alliances.AllyCount[row]++;
                }

                Alliances.Records[record].Live++;
                SetPledge(row, supporter, commitment);
                return true;
            }
        }

        return false;
    }

    private void AddAllianceLink(int a, int b, double commitment, int record)
    {
        if (Alliances.IsLinked(a, b))
        {
            return;
        }

        AddLink(a, b, commitment, record, false);
        AddLink(b, a, commitment, record, false);
    }

    private void RemoveLink(int slot, int year)
    {
        var row = slot / Alliances.Slots;
        var supporter = Alliances.LinkTo[slot];
        var record = Alliances.LinkRecord[slot];
        Alliances.LinkTo[slot] = -1;
        Alliances.LinksIn[row]--;
        Alliances.Supports[supporter]--;
        Alliances.LinkTotal--;
        if (!Alliances.LinkGuarantee[slot])
        {
            Alliances.AllyCount[row]--;
        }

        SetPledge(row, supporter, 0.0);
        ref var r = ref Alliances.Records[record];
        r.Live--;
        if (r.Live == 0)
        {
            r.Dissolved = year;
            if (!Crises.Logged && r.Spec < 0)
            {
                Alliances.FreeRecords[Alliances.FreeCount++] = record;
            }
        }
    }

    /// <summary>Records on the dyad row -> supporter (when they border) the commitment the supporter has pledged to row.</summary>
    private void SetPledge(int row, int supporter, double commitment)
    {
        var e = Array.BinarySearch(Topology.Target, Topology.RowStart[row], Topology.RowStart[row + 1] - Topology.RowStart[row], supporter);
        if (e >= 0)
        {
            Alliances.Pledged[e] = commitment;
        }
    }

    /// <summary>
    /// Phase-1 slot: balancing, buck passing, leaving, then (on the decisions just made) forming alliances and guarantees.
    /// </summary>
    internal void DecideAlliances(int year, IRunRecorder? recorder)
    {
        _crisis.CheckBackfire(year, recorder);
        _crisis.ApplyPolicyToBudgets();
        if (N < 3)
        {
            // With two states nobody can pass the buck or be an ally.
            return;
        }

        var a = Setting.A;
        for (var i = 0; i < N; i++)
        {
            Alliances.SeekAlly[i] = -1;
            Alliances.Leave[i] = false;
            if (WarLog.WarOf[i] >= 0)
            {
                Alliances.BuckPassing[i] = false;
                continue;
            }

            // A state that has decided to strike a state pledged to its defense breaks with it first.
            if (Intents.Edge[i] >= 0 && Alliances.IsLinked(i, Topology.Target[Intents.Edge[i]]))
            {
                Alliances.Leave[i] = true;
                continue;
            }

            Alliances.SafeYears[i] = Assessments.Threat[i] < a.SafeThreat ? Alliances.SafeYears[i] + 1 : 0;
            var p = Leaders.AlliancePropensity[i];
            if (Alliances.AllyCount[i] > 0 && Alliances.SafeYears[i] >= a.SafeYearsToLeave * (1.0 + (2.0 * p)))
            {
                Alliances.Leave[i] = true;
                continue;
            }

            var te = Assessments.TopEdge[i];
            if (te < 0 || DangerOf(i, te) < a.DangerThreshold || Alliances.LinksIn[i] > 0)
            {
                // Nobody it borders looks dangerous enough to balance against, or it already balances with allies or a guarantor.
                Alliances.BuckPassing[i] = false;
                continue;
            }

            DecideBalancing(i, te, year, recorder);
        }

        for (var i = 0; i < N; i++)
        {
            if (Alliances.Leave[i])
            {
                LeaveAlliances(i, year, recorder);
            }
        }

        for (var i = 0; i < N; i++)
        {
            if (Alliances.SeekAlly[i] >= 0)
            {
                FormLink(i, year, recorder);
            }
        }
    }

    /// <summary>
    /// The belief of <paramref name="i"/> that the state across dyad <paramref name="e"/> is dangerous: its perceived threat
    /// divided by that state's chance of winning as i sees it (the threat without the military balance).
    /// </summary>
    private double DangerOf(int i, int e)
    {
        var j = Topology.Target[e];
        var apparent = Forces.Offense[j] + (Technology.ApparentDefenseWeight(Technology.Distinguishability * (1.0 - Leaders.WorstCase[i])) * Forces.Defense[j]);
        var p = Contest.WinProbability(apparent, Forces.DefendingStrength(i) + Assessments.AlliedDefense[i], Beliefs.BalancePerceived[e]);
        return p > 0.0 ? Math.Min(1.0, Assessments.EdgeThreat[e] / p) : 0.0;
    }

    /// <summary>A threatened state balances (seeks a partner) or passes the buck to another able state facing the same threat.</summary>
    private void DecideBalancing(int i, int te, int year, IRunRecorder? recorder)
    {
        var a = Setting.A;
        var s = Topology.Target[te];
        // In the graded dynamics any threatened state may wait for another to hold the threat off (the same rule for minor
        // and major states); in the classic rules only a state able to balance on its own account.
        var able = Setting.Graded || Forces.Resources[i] >= a.AbleShare * Forces.Resources[s];
        var theta = Leaders.PerceivedBalance(i);
        var threatAttack = Forces.AttackingStrength(s);

        // The candidates around s are the same for every state s threatens: ranked once per year (two of each, in case
        // the best is the deciding state itself), so a year costs one scan of each threatening state's row.
        if (Alliances.RankedYear[s] != year)
        {
            RankAround(s);
            Alliances.RankedYear[s] = year;
        }

        var c0 = Alliances.Catcher[2 * s];
        var c1 = Alliances.Catcher[(2 * s) + 1];
        var catcher = -1;
        var catcherEdge = -1;
        var bestHold = 0.0;
        if (able)
        {
            var ce = CanCatch(i, c0) ? Alliances.CatcherEdge[2 * s] : CanCatch(i, c1) ? Alliances.CatcherEdge[(2 * s) + 1] : -1;
            if (ce >= 0)
            {
                catcher = Topology.Target[ce];
                catcherEdge = ce;
                bestHold = AllianceRules.Holdout(Forces.DefendingStrength(catcher), threatAttack, theta * Topology.Defensibility[ce]);
            }
        }

        var partner = -1;
        var partnerEdge = -1;
        if (Alliances.LinksIn[i] < Alliances.Slots)
        {
            for (var q = 2 * s; q < (2 * s) + 2 && partner < 0; q++)
            {
                var k = Alliances.Partner[q];
                if (k >= 0 && k != i && !Alliances.IsLinked(i, k))
                {
                    partner = k;
                    partnerEdge = Alliances.PartnerEdge[q];
                }
            }
        }

        Totals.BalancingDecisions++;
        if (catcher >= 0 && PassesBuck(i, te, catcherEdge, bestHold, theta))
        {
            // One event per episode of waiting (a change of catcher within it is the same episode).
            if (!Alliances.BuckPassing[i])
            {
                Totals.BuckPasses++;
                recorder?.Event(new EngineEvent(year, EventKind.BuckPass, [i, catcher, s],
                    $"{Setting.Name(i)} waits for {Setting.Name(catcher)} to balance {Setting.Name(s)} (it sees {Setting.Name(catcher)} holding out alone with {bestHold:P0}{(Setting.Graded ? $" in a war whose years are decisive with {SpeedOfWar(theta, catcherEdge):P0}" : string.Empty)})"));
            }

            Alliances.BuckPassing[i] = true;
            Alliances.BuckCatcher[i] = catcher;
            Totals.BuckPassYears++;

            // Free riding: it buys only part of what it would need against the threat it passes on.
            var prudent = Setting.K.PrudentDefense * Forces.Resources[i];
            Assessments.RequiredDefense[i] = Math.Max(prudent, Assessments.RequiredDefense[i] * a.BuckPassArming);
            _budget.DecideBudget(i, Forces.DefendingStrength(i) + Assessments.AlliedDefense[i], Forces.AttackingStrength(i));
            return;
        }

        Alliances.BuckPassing[i] = false;
        if (AllianceRules.SeeksAlliance(AllianceRules.Willingness(Leaders.AlliancePropensity[i]), Assessments.TopThreat[i], a.SeekThreshold))
        {
            Alliances.SeekAlly[i] = partner;
            Alliances.SeekEdge[i] = partnerEdge;
        }
    }

    /// <summary>
    /// Whether candidate <paramref name="k"/> can catch the buck <paramref name="i"/> would pass. Graded: not a state i itself
    /// finds dangerous across a common border (a state does not wait for one it fears to protect it; Walt 1987: states balance
    /// against threats, they do not rely on them).
    /// </summary>
    private bool CanCatch(int i, int k)
    {
        if (k < 0 || k == i)
        {
            return false;
        }

        if (!Setting.Graded)
        {
            return true;
        }

        var e = Topology.EdgeTo(i, k);
        return e < 0 || DangerOf(i, e) < Setting.A.DangerThreshold;
    }

    /// <summary>Chance that a year of war across dyad <paramref name="ce"/> is decisive, as a leader at perceived balance theta expects it.</summary>
    private double SpeedOfWar(double theta, int ce) =>
        Rules.Decisiveness(theta * Topology.Defensibility[ce], Setting.K.DecisiveYearProbability, Setting.K.DecisivenessElasticity);

    /// <summary>
    /// Whether <paramref name="i"/> waits for the state across the threat's dyad <paramref name="ce"/> (the catcher, holding out
    /// alone with <paramref name="holdout"/>) to balance the threat across dyad <paramref name="te"/>. Graded: by expected value at the perceived balance theta
    /// (<see cref="AllianceRules.PassesBuckByExpectedValue"/>): the speed of the catcher's war against what its fall would
    /// cost i later. Classic: when the holdout clears a threshold shifted by the alliance propensity.
    /// </summary>
    private bool PassesBuck(int i, int te, int ce, double holdout, double theta)
    {
        var a = Setting.A;
        if (!Setting.Graded)
        {
            return AllianceRules.PassesBuck(holdout, Leaders.AlliancePropensity[i], a.BuckPassHoldout, a.PropensityShift);
        }

        var k = Setting.K;
        var s = Topology.Target[te];
        var catcher = Topology.Target[ce];
        var speed = SpeedOfWar(theta, ce);
        var later = AllianceRules.LaterLoss(Forces.AttackingStrength(s), Forces.Resources[s], Forces.Resources[catcher],
            Forces.DefendingStrength(i) + Assessments.AlliedDefense[i], theta * Topology.Defensibility[te], k.ConquestShare);
        return AllianceRules.PassesBuckByExpectedValue(a.LossAversion, AllianceRules.Willingness(Leaders.AlliancePropensity[i]), speed, k.SettlementProbability, holdout,
            later, k.WarYearCost);
    }

    /// <summary>
    /// Ranks the states around <paramref name="s"/> (its row): the two able, free states not linked to s with the largest
    /// border-weighted defending strength (the likeliest to hold s off alone; holdout rises with it at any perceived balance),
    /// and the two strongest free states that perceive some threat from s and have a free link slot (partners).
    /// </summary>
    private void RankAround(int s)
    {
        var bar = Setting.A.AbleShare * Forces.Resources[s];
        int c0 = -1, c1 = -1, p0 = -1, p1 = -1;
        double cv0 = -1, cv1 = -1, pv0 = -1, pv1 = -1;
        for (var e2 = Topology.RowStart[s]; e2 < Topology.RowStart[s + 1]; e2++)
        {
            var k = Topology.Target[e2];
            var r2 = Topology.Reverse[e2];
            if (WarLog.WarOf[k] >= 0 || Alliances.Pledged[e2] > 0.0 || (r2 >= 0 && Alliances.Pledged[r2] > 0.0))
            {
                continue;
            }

            var ds = Forces.DefendingStrength(k);
            if (Forces.Resources[k] >= bar)
            {
                var v = ds * Topology.Defensibility[e2];
                if (v > cv0)
                {
                    (c1, cv1, c0, cv0) = (c0, cv0, e2, v);
                }
                else if (v > cv1)
                {
                    (c1, cv1) = (e2, v);
                }
            }

            if (r2 >= 0 && Assessments.EdgeThreat[r2] > 0.0 && Alliances.LinksIn[k] < Alliances.Slots)
            {
                if (ds > pv0)
                {
                    (p1, pv1, p0, pv0) = (p0, pv0, e2, ds);
                }
                else if (ds > pv1)
                {
                    (p1, pv1) = (e2, ds);
                }
            }
        }

        Alliances.CatcherEdge[2 * s] = c0;
        Alliances.CatcherEdge[(2 * s) + 1] = c1;
        Alliances.Catcher[2 * s] = c0 >= 0 ? Topology.Target[c0] : -1;
        Alliances.Catcher[(2 * s) + 1] = c1 >= 0 ? Topology.Target[c1] : -1;
        Alliances.Partner[2 * s] = p0 >= 0 ? Topology.Target[p0] : -1;
        Alliances.Partner[(2 * s) + 1] = p1 >= 0 ? Topology.Target[p1] : -1;
        Alliances.PartnerEdge[2 * s] = p0 >= 0 ? Topology.Reverse[p0] : -1;
        Alliances.PartnerEdge[(2 * s) + 1] = p1 >= 0 ? Topology.Reverse[p1] : -1;
    }

    /// <summary>Forms the alliance (or, from an able state to one that is not, the guarantee) state i decided to seek.</summary>
    internal void FormLink(int i, int year, IRunRecorder? recorder)
    {
        var a = Setting.A;
        var k = Alliances.SeekAlly[i];
        var threatOfK = Assessments.EdgeThreat[Alliances.SeekEdge[i]];
        var s = Topology.Target[Alliances.SeekEdge[i]];
        if (Alliances.IsLinked(i, k) || Alliances.IsLinked(k, i) || WarLog.WarOf[k] >= 0 || Alliances.LinksIn[i] >= Alliances.Slots || Alliances.LinksIn[k] >= Alliances.Slots)
        {
            return;
        }

        var ableI = Forces.Resources[i] >= a.AbleShare * Forces.Resources[s];
        var ableK = Forces.Resources[k] >= a.AbleShare * Forces.Resources[s];
        if (ableI && !ableK)
        {
            var c = Leaders.AlliancePropensity[i];
            var r = NewRecord(true, -1, i, k, c, year);
            AddLink(k, i, c, r, true);
            recorder?.Event(new EngineEvent(year, EventKind.GuaranteeGiven, [i, k, s],
                $"{Setting.Name(i)} guarantees {Setting.Name(k)} against {Setting.Name(s)} (commitment {c:F2})"));
            return;
        }

        if (Alliances.BuckPassing[k] || !AllianceRules.SeeksAlliance(AllianceRules.Willingness(Leaders.AlliancePropensity[k]), threatOfK, a.AcceptThreshold))
        {
            return;
        }

        var commitment = 0.5 * (Leaders.AlliancePropensity[i] + Leaders.AlliancePropensity[k]);
        var record = NewRecord(false, -1, i, k, commitment, year);
        AddAllianceLink(i, k, commitment, record);
        recorder?.Event(new EngineEvent(year, EventKind.AllianceFormed, [i, k, s],
            $"{Setting.Name(i)} and {Setting.Name(k)} ally against {Setting.Name(s)} (commitment {commitment:F2})"));
    }

    internal void LeaveAlliances(int i, int year, IRunRecorder? recorder)
    {
        var start = i * Alliances.Slots;
        for (var s = start; s < start + Alliances.Slots; s++)
        {
            var g = Alliances.LinkTo[s];
            if (g < 0 || Alliances.LinkGuarantee[s])
            {
                continue;
            }

            var record = Alliances.LinkRecord[s];
            RemoveLink(s, year);
            var mirror = g * Alliances.Slots;
            for (var t = mirror; t < mirror + Alliances.Slots; t++)
            {
                if (Alliances.LinkTo[t] == i && Alliances.LinkRecord[t] == record)
                {
                    RemoveLink(t, year);
                    break;
                }
            }

            recorder?.Event(new EngineEvent(year, EventKind.AllianceLeft, [i, g],
                Intents.Edge[i] >= 0 && Topology.Target[Intents.Edge[i]] == g
                    ? $"{Setting.Name(i)} breaks its alliance with {Setting.Name(g)} to strike it"
                    : $"{Setting.Name(i)} leaves its alliance with {Setting.Name(g)}: safe for {Alliances.SafeYears[i]} years"));
        }

        Alliances.SafeYears[i] = 0;
    }

    /// <summary>The alliances and guarantees of the run, in order of formation.</summary>
    internal List<AllianceRecord> BuildAlliances()
    {
        var list = new List<AllianceRecord>(Alliances.RecordCount);
        for (var r = 0; r < Alliances.RecordCount; r++)
        {
            var x = Alliances.Records[r];
            IReadOnlyList<string> members = x.Spec >= 0 && !x.Guarantee
                ? [.. Setting.Scenario.Alliances[x.Spec].Members.Distinct(StringComparer.Ordinal)]
                : [Setting.Name(x.A), Setting.Name(x.B)];
            list.Add(new AllianceRecord
            {
                Kind = x.Guarantee ? "guarantee" : "alliance",
                Members = members,
                Commitment = x.Commitment,
                Formed = x.Formed,
                Dissolved = x.Dissolved >= 0 ? x.Dissolved : null,
                Origin = x.Spec >= 0 ? "scenario" : "decision",
            });
        }

        return list;
    }
}
