using SecurityDilemma.Engine.Components;

namespace SecurityDilemma.Engine.Systems;

/// <summary>
/// Phase 2 procurement and growth: O' = (1 - delta) O + o b Y, D' = (1 - delta) D + (1 - o) b Y; war weariness decays; the economy
/// grows Y' = Y (1 + g + sigma_g z - kappa b) (graded: the state's own trend and a yearly shock, so power shifts (Powell 2006); classic:
/// the common rate), and others track its growth as a moving average.
/// </summary>
/// <remarks>Reads: Forces.TargetBurden and TargetOffense, Leaders.DecisionRng. Writes: Forces (forces, procurement, burden, mix, resources, growth, weariness).</remarks>
internal sealed class ProcurementSystem(World world) : WorldSystem(world)
{
    private readonly RecordSystem _record = world.RecordSystem;

    /// <summary>Phase 2 for every state.</summary>
    internal void ProcureAll(int year, IRunRecorder? recorder)
    {
        for (var i = 0; i < N; i++)
        {
            Procure(i, year, recorder);
        }
    }

    /// <summary>Phase 2: buy forces, depreciate, grow the economy.</summary>
    private void Procure(int i, int year, IRunRecorder? recorder)
    {
        var k = Setting.K;
        var burden = Forces.TargetBurden[i];
        var off = Forces.TargetOffense[i];
        var spend = burden * Forces.Resources[i];
        var buyOffense = off * spend;
        var decay = 1.0 - k.Depreciation;
        var o = Forces.Offense[i];
        var d = Forces.Defense[i];
        var newO = (decay * o) + buyOffense;
        var newD = (decay * d) + (spend - buyOffense);
        Forces.BoughtOffense[i] = buyOffense;
        Forces.BoughtDefense[i] = spend - buyOffense;
        Forces.Offense[i] = newO;
        Forces.Defense[i] = newD;
        Forces.Burden[i] = burden;
        Forces.OffenseShare[i] = off;
        Forces.Weariness[i] *= k.WearinessDecay;

        // Growth: the state's trend, a yearly shock (differential, noisy growth shifts power: Powell 2006), the burden's drag.
        var shock = Setting.Graded && Setting.Scenario.GrowthNoise > 0.0 ? Setting.Scenario.GrowthNoise * Leaders.DecisionRng[i].NextGaussian() : 0.0;
        var growth = (Setting.Graded ? Forces.TrendGrowth[i] : k.Growth) + shock - (k.BurdenDrag * burden);
        Forces.SetResources(i, Forces.Resources[i] * (1.0 + growth));
        Forces.ObservedGrowth[i] += k.GrowthSmoothing * (growth - Forces.ObservedGrowth[i]);

        if (recorder is not null)
        {
            _record.RecordPosture(i, year, o + d, newO + newD, recorder);
        }
    }
}
