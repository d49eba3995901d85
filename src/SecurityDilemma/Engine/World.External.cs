using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine;

/// <summary>States led from outside the engine: their choices replace the engine's phase-1 decisions, and their view of the world.</summary>
internal sealed partial class World
{
    /// <summary>
    /// Replaces the phase-1 decisions of the states in <paramref name="decisions"/> (after the engine's own, before phase 2):
    /// budget and force mix, crisis posture, a strike, and alliance moves. Routine attachment does not apply: a player decides.
    /// </summary>
    private void ApplyExternal(IReadOnlyDictionary<int, ExternalDecision> decisions, int year, IRunRecorder? recorder)
    {
        foreach (var (i, d) in decisions)
        {
            if (WarOf[i] >= 0)
            {
                // At war the budget is mobilized; only the force mix and posture are the player's.
                _targetOffense[i] = Math.Clamp(d.OffenseShare, 0.0, 1.0);
                _policy[i] = d.Posture;
                continue;
            }

            var off = Math.Clamp(d.OffenseShare, 0.0, 1.0);
            var burden = Math.Clamp(d.Burden, 0.0, _k.MaxBurden);
            if (d.SignalRestraint)
            {
                // Observers read apparent offensive procurement per unit of resources against the two types' signal midpoint.
                var apparentPerBurden = off + (ApparentDefenseWeight(Distinguishability) * (1.0 - off));
                if (apparentPerBurden > 0.0)
                {
                    burden = Math.Min(burden, 0.8 * _signalMid / apparentPerBurden);
                }
            }

            _targetBurden[i] = burden;
            _targetOffense[i] = off;
            _policy[i] = d.Posture;
            IntentEdge[i] = d.Attack is int target ? EdgeTo(i, target) : -1;
            IntentPreemptive[i] = false;

            if (d.LeaveAlliances)
            {
                LeaveAlliances(i, year, recorder);
            }
            else if (d.SeekAlly is int ally && N >= 3 && ally != i && TopEdge[i] >= 0)
            {
                // The partner is asked to balance the player's most threatening neighbour; it answers by its own reading of that threat.
                var edge = EdgeTo(ally, Target[TopEdge[i]]);
                if (edge >= 0)
                {
                    _seekAlly[i] = ally;
                    _seekEdge[i] = edge;
                    FormLink(i, year, recorder);
                    _seekAlly[i] = -1;
                }
            }
        }
    }

    /// <summary>The dyad from <paramref name="i"/> to <paramref name="j"/>, or -1 when they do not border.</summary>
    private int EdgeTo(int i, int j)
    {
        if ((uint)j >= (uint)N)
        {
            return -1;
        }

        for (var e = RowStart[i]; e < RowStart[i + 1]; e++)
        {
            if (Target[e] == j)
            {
                return e;
            }
        }

        return -1;
    }

    /// <summary>What state <paramref name="i"/> sees at the end of <paramref name="year"/>: its own condition, its neighbours' forces and its trust in them.</summary>
    internal StateView View(int i, int year)
    {
        var neighbours = new List<ObservedState>(RowStart[i + 1] - RowStart[i]);
        for (var e = RowStart[i]; e < RowStart[i + 1]; e++)
        {
            var j = Target[e];
            neighbours.Add(new ObservedState(j, Name(j), Offense[j], Defense[j], TrustOf(LogOdds[e]), WarOf[j] >= 0,
                IsLinked(i, j) || IsLinked(j, i)));
        }

        return new StateView(year, i, Name(i), Resources[i], Offense[i], Defense[i], Burden[i], OffenseShare[i], Threat[i],
            WarOf[i] >= 0, neighbours);
    }
}
