using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine.Components;

/// <summary>
/// What stays fixed for a run: the scenario, the engine's constants, the seed, and the choices they imply (graded or classic
/// dynamics, the enforcer's strength, the spread of private war costs, the classic signal model).
/// </summary>
internal sealed class Setting
{
    public readonly Scenario Scenario;
    public readonly EngineConstants K;
    public readonly AllianceConstants A;
    public readonly ulong Seed;

    /// <summary>The graded dynamics (beliefs from behaviour in position, private costs, bargaining, prevention, a limited enforcer), or the classic ones.</summary>
    public readonly bool Graded;

    /// <summary>The enforcer's strength: 0 in anarchy; under hierarchy the chance it acts against an aggressor in a war year,
    /// the share of an aggressor's expected gains it takes, and the share of a threat it removes for a leader who trusts it.</summary>
    public readonly double EnforcerStrength;

    /// <summary>The spread of private war costs (0 under the classic dynamics: costs are common knowledge).</summary>
    public readonly double CostSpread;

    /// <summary>Classic dynamics: the Kydd update with normal signal likelihoods of common spread, LLR = slope * (mid - signal).</summary>
    public readonly double SignalSlope;

    /// <summary>The midpoint of the two types' fixed signal means (the classic update; restraint signals are read against it).</summary>
    public readonly double SignalMid;

    public Setting(Scenario scenario, ulong seed, EngineConstants constants)
    {
        Scenario = scenario;
        K = constants;
        A = constants.Alliances;
        Seed = seed;
        Graded = scenario.Dynamics == Dynamics.Graded;
        EnforcerStrength = !scenario.Hierarchy ? 0.0 : Graded ? scenario.EnforcerStrength : 1.0;
        CostSpread = Graded ? scenario.Bargaining.CostSpread : 0.0;
        SignalSlope = (constants.SignalMeanGreedy - constants.SignalMeanSecuritySeeker) / (constants.SignalSd * constants.SignalSd);
        SignalMid = 0.5 * (constants.SignalMeanGreedy + constants.SignalMeanSecuritySeeker);
    }

    /// <summary>State <paramref name="i"/>'s name, for events and logs.</summary>
    public string Name(int i) => Scenario.States[i].Name;
}
