using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine.Components;

/// <summary>
/// Per state, its material condition at the end of the last year (the snapshot every observer reads): resources, offensive
/// and defensive forces, this year's procurement, burden and mix, growth and war weariness, and the budget decided in
/// phase 1 for phase 2.
/// </summary>
internal sealed class Forces
{
    public readonly double[] Resources;

    /// <summary>1 / resources (0 for a state without resources), kept with them.</summary>
    public readonly double[] InvResources;

    public readonly double[] Offense;
    public readonly double[] Defense;
    public readonly double[] BoughtOffense;
    public readonly double[] BoughtDefense;
    public readonly double[] Burden;
    public readonly double[] OffenseShare;

    /// <summary>Phase-1 decision: the burden and offensive share phase 2 buys.</summary>
    public readonly double[] TargetBurden;
    public readonly double[] TargetOffense;

    public readonly double[] TrendGrowth;

    /// <summary>Each state's recent growth as others see it: an exponential moving average.</summary>
    public readonly double[] ObservedGrowth;

    public readonly double[] Weariness;

    /// <summary>The last recorded posture (maintaining, arming, cutting), for events.</summary>
    public readonly byte[] Posture;

    private readonly MilitaryTechnology _technology;
    private readonly double _offenseAsDefense;

    public Forces(Scenario scenario, EngineConstants k, MilitaryTechnology technology)
    {
        _technology = technology;
        _offenseAsDefense = k.OffenseAsDefense;
        var n = scenario.States.Count;
        Resources = new double[n];
        InvResources = new double[n];
        Offense = new double[n];
        Defense = new double[n];
        BoughtOffense = new double[n];
        BoughtDefense = new double[n];
        Burden = new double[n];
        OffenseShare = new double[n];
        TargetBurden = new double[n];
        TargetOffense = new double[n];
        TrendGrowth = new double[n];
        ObservedGrowth = new double[n];
        Weariness = new double[n];
        Posture = new byte[n];
        for (var i = 0; i < n; i++)
        {
            var s = scenario.States[i];
            TrendGrowth[i] = s.Growth;
            ObservedGrowth[i] = s.Growth;
            Resources[i] = s.Resources;
            Offense[i] = s.Offense;
            Defense[i] = s.Defense;
            InvResources[i] = s.Resources > 0 ? 1.0 / s.Resources : 0.0;
            var forces = s.Offense + s.Defense;

            // A state starts by maintaining what it has: its burden replaces depreciation.
            Burden[i] = s.Resources > 0 ? Math.Min(k.MaxBurden, k.Depreciation * forces / s.Resources) : 0.0;
            OffenseShare[i] = forces > 0 ? s.Offense / forces : 0.5;
            BoughtOffense[i] = k.Depreciation * s.Offense;
            BoughtDefense[i] = k.Depreciation * s.Defense;
        }
    }

    /// <summary>Defending strength DS = D + omega O (offensive units help defend at omega).</summary>
    public double DefendingStrength(int i) => Defense[i] + (_offenseAsDefense * Offense[i]);

    /// <summary>Attacking strength AS = O + psi D (psi: <see cref="MilitaryTechnology.DefenseAttack"/>).</summary>
    public double AttackingStrength(int i) => Offense[i] + (_technology.DefenseAttack * Defense[i]);

    public void SetResources(int i, double value)
    {
        Resources[i] = value > 0.0 ? value : 0.0;
        InvResources[i] = value > 0.0 ? 1.0 / value : 0.0;
    }

    /// <summary>Moves <paramref name="amount"/> of resources from one state to another (conquest, concession, reparation).</summary>
    public void Transfer(int from, int to, double amount)
    {
        SetResources(from, Resources[from] - amount);
        SetResources(to, Resources[to] + amount);
    }

    /// <summary>Mean of (offense + defense) / resources over living states: the arms level the spiral index compares.</summary>
    public double MeanArmsRatio()
    {
        var n = Resources.Length;
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += (Offense[i] + Defense[i]) * InvResources[i];
        }

        return n > 0 ? sum / n : 0.0;
    }
}
