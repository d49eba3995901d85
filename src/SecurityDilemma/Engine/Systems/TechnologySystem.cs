using SecurityDilemma.Engine.Components;

namespace SecurityDilemma.Engine.Systems;

/// <summary>
/// Technology in force and what each leader perceives of it (Jervis 1978: the offense-defense balance and distinguishability).
/// A scheduled change puts a new balance theta and distinguishability d in force; every dyad's perceived balance is then
/// theta_e = theta_i * g_e (the observer leader's perceived balance, or the actual one, times the border's defensibility g_e).
/// </summary>
/// <remarks>Reads: Setting (scenario's technology changes), Topology (rows, defensibility), Leaders (perceived balance). Writes: MilitaryTechnology (theta, d, psi), Beliefs.BalancePerceived and InvBalancePerceived.</remarks>
internal sealed class TechnologySystem(World world) : WorldSystem(world)
{
    internal void ApplyTechnologyChanges(int year, IRunRecorder? recorder)
    {
        var changes = Setting.Scenario.TechnologyChanges;
        for (var c = 0; c < changes.Count; c++)
        {
            var change = changes[c];
            if (change.Year != year)
            {
                continue;
            }

            Technology.Set(change.OffenseDefenseBalance ?? Technology.Balance, change.Distinguishability ?? Technology.Distinguishability);
            RefreshBalances();
            recorder?.Event(new EngineEvent(year, EventKind.TechnologyChange, [],
                $"offense_defense_balance={Technology.Balance:G4} distinguishability={Technology.Distinguishability:G4}"));
        }
    }

    /// <summary>Per-edge perceived balances: each leader's perceived (or the actual) balance times the border's defensibility.</summary>
    internal void RefreshBalances()
    {
        for (var i = 0; i < N; i++)
        {
            RefreshBalances(i);
        }
    }

    /// <summary>Row <paramref name="i"/>'s perceived balances (after a technology change or a new leader).</summary>
    internal void RefreshBalances(int i)
    {
        var leader = Leaders.PerceivedBalanceSpec[i] ?? Technology.Balance;
        for (var e = Topology.RowStart[i]; e < Topology.RowStart[i + 1]; e++)
        {
            var b = leader * Topology.Defensibility[e];
            Beliefs.BalancePerceived[e] = b;
            Beliefs.InvBalancePerceived[e] = 1.0 / b;
        }
    }
}
