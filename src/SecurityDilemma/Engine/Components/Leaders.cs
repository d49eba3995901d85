using SecurityDilemma.Models.Randomness;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine.Components;

/// <summary>
/// Per state: its private motive and its leader's psychology (worst-case bias, routine attachment, empathy, risk tolerance,
/// perceived balance), its alliance propensity and crisis policy, and its private random stream (private war costs,
/// bargaining, leader turnover, growth shocks). A new leader redraws the traits (the leader system).
/// </summary>
internal sealed class Leaders
{
    public readonly Motive[] Motive;
    public readonly double[] WorstCase;
    public readonly double[] Routine;

    /// <summary>The leader's perceived offense-defense balance; null: the actual one.</summary>
    public readonly double?[] PerceivedBalanceSpec;

    public readonly double[] Empathy;
    public readonly double[] RiskTolerance;
    public readonly double[] AlliancePropensity;
    public readonly Policy[] Policy;
    public readonly Xoshiro256[] DecisionRng;

    private readonly MilitaryTechnology _technology;
    private readonly bool _graded;

    public Leaders(Scenario scenario, ulong seed, MilitaryTechnology technology, bool graded)
    {
        _technology = technology;
        _graded = graded;
        var n = scenario.States.Count;
        Motive = new Motive[n];
        WorstCase = new double[n];
        Routine = new double[n];
        PerceivedBalanceSpec = new double?[n];
        Empathy = new double[n];
        RiskTolerance = new double[n];
        AlliancePropensity = new double[n];
        Policy = new Policy[n];
        DecisionRng = new Xoshiro256[n];
        for (var i = 0; i < n; i++)
        {
            var s = scenario.States[i];
            Motive[i] = s.Motive;
            WorstCase[i] = s.WorstCaseBias;
            Routine[i] = s.RoutineAttachment;
            PerceivedBalanceSpec[i] = s.PerceivedOffenseDefenseBalance;
            Empathy[i] = s.Empathy;
            RiskTolerance[i] = s.RiskTolerance;
            AlliancePropensity[i] = s.AlliancePropensity;
            Policy[i] = s.Policy;
            DecisionRng[i] = new Xoshiro256(SeedTree.Derive(seed, [3UL, (ulong)i]));
        }
    }

    /// <summary>The leader's perceived offense-defense balance (the actual one when the scenario gives none).</summary>
    public double PerceivedBalance(int i) => PerceivedBalanceSpec[i] ?? _technology.Balance;

    /// <summary>How a leader weighs its own costs of war: 1.5 - risk tolerance (face value at 0.5; Horowitz, Stam &amp; Ellis 2015).</summary>
    public double RiskFactor(int i) => _graded ? 1.5 - RiskTolerance[i] : 1.0;
}
