using SecurityDilemma.Engine.Components;

namespace SecurityDilemma.Engine.Systems;

/// <summary>
/// What every system holds: the world's components (a system's header states which of them it reads and writes) and the
/// counts of states and dyads.
/// </summary>
internal abstract class WorldSystem
{
    protected readonly int N;
    protected readonly int M;
    protected readonly Setting Setting;
    protected readonly Topology Topology;
    protected readonly MilitaryTechnology Technology;
    protected readonly Leaders Leaders;
    protected readonly Forces Forces;
    protected readonly Beliefs Beliefs;
    protected readonly Assessments Assessments;
    protected readonly Intents Intents;
    protected readonly Crises Crises;
    protected readonly Alliances Alliances;
    protected readonly Coalitions Coalitions;
    protected readonly WarLog WarLog;
    protected readonly RunTotals Totals;
    protected readonly ObserverRow Row;

    protected WorldSystem(World world)
    {
        N = world.Topology.N;
        M = world.Topology.M;
        Setting = world.Setting;
        Topology = world.Topology;
        Technology = world.Technology;
        Leaders = world.Leaders;
        Forces = world.Forces;
        Beliefs = world.Beliefs;
        Assessments = world.Assessments;
        Intents = world.Intents;
        Crises = world.Crises;
        Alliances = world.Alliances;
        Coalitions = world.Coalitions;
        WarLog = world.WarLog;
        Totals = world.Totals;
        Row = world.Row;
    }
}
