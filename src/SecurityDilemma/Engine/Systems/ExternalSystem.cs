using SecurityDilemma.Engine.Components;

namespace SecurityDilemma.Engine.Systems;

/// <summary>
/// States led from outside the engine (players in the classroom, scripted policies): their choices replace the engine's phase-1
/// decisions (budget and mix, crisis posture, a strike, alliance moves), and <see cref="View"/> is what such a state can see.
/// </summary>
/// <remarks>Reads: the decisions given, Forces, Beliefs, Assessments, Alliances. Writes: Forces.TargetBurden/TargetOffense, Leaders.Policy, Intents, alliance moves.</remarks>
internal sealed class ExternalSystem(World world) : WorldSystem(world)
{
    private readonly AllianceSystem _alliance = world.AllianceSystem;

    /// <summary>
    /// Replaces the phase-1 decisions of the states in <paramref name="decisions"/> (after the engine's own, before phase 2):
    /// budget and force mix, crisis posture, a strike, and alliance moves. Routine attachment does not apply: a player decides.
    /// </summary>
    internal void ApplyExternal(IReadOnlyDictionary<int, ExternalDecision> decisions, int year, IRunRecorder? recorder)
    {
        foreach (var (i, d) in decisions)
        {
            if (WarLog.WarOf[i] >= 0)
            {
                // At war the budget is mobilized; only the force mix and posture are the player's.
                Forces.TargetOffense[i] = Math.Clamp(d.OffenseShare, 0.0, 1.0);
                Leaders.Policy[i] = d.Posture;
                continue;
            }

            var off = Math.Clamp(d.OffenseShare, 0.0, 1.0);
            var burden = Math.Clamp(d.Burden, 0.0, Setting.K.MaxBurden);
            if (d.SignalRestraint)
            {
                // Observers read apparent offensive procurement per unit of resources against the two types' signal midpoint.
                var apparentPerBurden = off + (Technology.ApparentDefenseWeight(Technology.Distinguishability) * (1.0 - off));
                if (apparentPerBurden > 0.0)
                {
                    burden = Math.Min(burden, 0.8 * Setting.SignalMid / apparentPerBurden);
                }
            }

            Forces.TargetBurden[i] = burden;
            Forces.TargetOffense[i] = off;
            Leaders.Policy[i] = d.Posture;
            Intents.Edge[i] = d.Attack is int target ? Topology.EdgeTo(i, target) : -1;
            Intents.Preemptive[i] = false;

            if (d.LeaveAlliances)
            {
                _alliance.LeaveAlliances(i, year, recorder);
            }
            else if (d.SeekAlly is int ally && N >= 3 && ally != i && Assessments.TopEdge[i] >= 0)
            {
                // The partner is asked to balance the player's most threatening neighbour; it answers by its own reading of that threat.
                var edge = Topology.EdgeTo(ally, Topology.Target[Assessments.TopEdge[i]]);
                if (edge >= 0)
                {
                    Alliances.SeekAlly[i] = ally;
                    Alliances.SeekEdge[i] = edge;
                    _alliance.FormLink(i, year, recorder);
                    Alliances.SeekAlly[i] = -1;
                }
            }
        }
    }

    /// <summary>What state <paramref name="i"/> sees at the end of <paramref name="year"/>: its own condition, its neighbours' forces and its trust in them.</summary>
    internal StateView View(int i, int year)
    {
        var neighbours = new List<ObservedState>(Topology.RowStart[i + 1] - Topology.RowStart[i]);
        for (var e = Topology.RowStart[i]; e < Topology.RowStart[i + 1]; e++)
        {
            var j = Topology.Target[e];
            neighbours.Add(new ObservedState(j, Setting.Name(j), Forces.Offense[j], Forces.Defense[j], Beliefs.TrustOf(Beliefs.LogOdds[e]), WarLog.WarOf[j] >= 0,
                Alliances.IsLinked(i, j) || Alliances.IsLinked(j, i)));
        }

        return new StateView(year, i, Setting.Name(i), Forces.Resources[i], Forces.Offense[i], Forces.Defense[i], Forces.Burden[i], Forces.OffenseShare[i], Assessments.Threat[i],
            WarLog.WarOf[i] >= 0, neighbours);
    }
}
