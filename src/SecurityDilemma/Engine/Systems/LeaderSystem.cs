using SecurityDilemma.Engine.Components;

namespace SecurityDilemma.Engine.Systems;

/// <summary>
/// Leader turnover (Horowitz, Stam &amp; Ellis 2015). Graded dynamics: each year a state's leader is replaced with the scenario's
/// probability h; the new leader draws worst-case bias, empathy and risk tolerance uniformly within the scenario's spread around the
/// state's values (clamped to [0, 1]) and a perceived balance theta_spec * e^(s u), u ~ U(-1, 1).
/// </summary>
/// <remarks>Reads: Setting (leader distributions), Leaders.DecisionRng, MilitaryTechnology.Balance. Writes: Leaders (traits of the new leader), then the leader's row of perceived balances (through the technology system).</remarks>
internal sealed class LeaderSystem(World world) : WorldSystem(world)
{
    private readonly TechnologySystem _technology = world.TechnologySystem;

    /// <summary>
    /// Leader turnover (Horowitz, Stam &amp; Ellis 2015): each year a state's leader is replaced with the scenario's probability; the
    /// new leader's worst-case bias, empathy, risk tolerance and perception of the balance are drawn around the state's values.
    /// </summary>
    internal void ReplaceLeaders(int year, IRunRecorder? recorder)
    {
        var leaders = Setting.Scenario.Leaders;
        if (!Setting.Graded || leaders.Turnover <= 0.0)
        {
            return;
        }

        for (var i = 0; i < N; i++)
        {
            ref var rng = ref Leaders.DecisionRng[i];
            if (rng.NextDouble() >= leaders.Turnover)
            {
                continue;
            }

            var spec = Setting.Scenario.States[i];
            Leaders.WorstCase[i] = Math.Clamp(spec.WorstCaseBias + (leaders.WorstCaseBiasSpread * ((2.0 * rng.NextDouble()) - 1.0)), 0.0, 1.0);
            Leaders.Empathy[i] = Math.Clamp(spec.Empathy + (leaders.EmpathySpread * ((2.0 * rng.NextDouble()) - 1.0)), 0.0, 1.0);
            Leaders.RiskTolerance[i] = Math.Clamp(spec.RiskTolerance + (leaders.RiskToleranceSpread * ((2.0 * rng.NextDouble()) - 1.0)), 0.0, 1.0);
            var u = (2.0 * rng.NextDouble()) - 1.0;
            if (leaders.PerceivedBalanceSpread > 0.0)
            {
                Leaders.PerceivedBalanceSpec[i] = (spec.PerceivedOffenseDefenseBalance ?? Technology.Balance) * Math.Exp(leaders.PerceivedBalanceSpread * u);
                _technology.RefreshBalances(i);
            }

            recorder?.Event(new EngineEvent(year, EventKind.LeaderChange, [i],
                $"new leader in {Setting.Name(i)}: worst-case bias {Leaders.WorstCase[i]:F2}, empathy {Leaders.Empathy[i]:F2}, risk tolerance {Leaders.RiskTolerance[i]:F2}, perceived balance {Leaders.PerceivedBalanceSpec[i] ?? Technology.Balance:G3}"));
        }
    }
}
