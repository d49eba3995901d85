using SecurityDilemma.Engine.Components;
using SecurityDilemma.Engine.Systems;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine;

/// <summary>
/// The world of one run: its state as components (plain structure-of-arrays, grouped by what they describe, in
/// Engine/Components) and its mechanisms as systems (one file per mechanism in Engine/Systems, each stating the
/// equations it applies and what it reads and writes). <see cref="Step"/> runs the systems in the yearly order.
/// </summary>
/// <remarks>
/// Two phases per year: in phase 1 every state observes and decides on one snapshot (the end of last year), writing only its
/// own row of dyads and its own decision slots, so the order of states cannot change the result; phase 2 applies the
/// decisions in a fixed order. Everything is allocated here, so a year allocates nothing unless a recorder asks for events
/// (or a log that grows by doubling has to grow).
/// </remarks>
internal sealed class World
{
    // Components.
    internal readonly Setting Setting;
    internal readonly Topology Topology;
    internal readonly MilitaryTechnology Technology;
    internal readonly Leaders Leaders;
    internal readonly Forces Forces;
    internal readonly Beliefs Beliefs;
    internal readonly Assessments Assessments;
    internal readonly Intents Intents;
    internal readonly Crises Crises;
    internal readonly Alliances Alliances;
    internal readonly Coalitions Coalitions;
    internal readonly WarLog WarLog;
    internal readonly RunTotals Totals;
    internal readonly ObserverRow Row;

    // Systems, in the order they are built (each may call those built before it).
    internal readonly TechnologySystem TechnologySystem;
    internal readonly LeaderSystem LeaderSystem;
    internal readonly RecordSystem RecordSystem;
    internal readonly BudgetSystem BudgetSystem;
    internal readonly PerceptionSystem PerceptionSystem;
    internal readonly ThreatSystem ThreatSystem;
    internal readonly CrisisSystem CrisisSystem;
    internal readonly SupportSystem SupportSystem;
    internal readonly AllianceSystem AllianceSystem;
    internal readonly StrikeSystem StrikeSystem;
    internal readonly AssessmentSystem AssessmentSystem;
    internal readonly JoiningSystem JoiningSystem;
    internal readonly WarSystem WarSystem;
    internal readonly ProcurementSystem ProcurementSystem;
    internal readonly ExternalSystem ExternalSystem;

    public World(Scenario scenario, ulong seed, EngineConstants constants)
    {
        Setting = new Setting(scenario, seed, constants);
        Topology = new Topology(scenario);
        Technology = new MilitaryTechnology(scenario.Technology.OffenseDefenseBalance, scenario.Technology.Distinguishability, Setting.Graded, constants.DefenseAsOffense);
        Leaders = new Leaders(scenario, seed, Technology, Setting.Graded);
        Forces = new Forces(scenario, constants, Technology);
        Beliefs = new Beliefs(scenario, Topology, seed, constants.MaxLogOdds);
        Assessments = new Assessments(Topology);
        Assessments.AssumePresentDefenseRequired(Forces, constants);
        Intents = new Intents(Topology.N);
        Crises = new Crises(Topology);
        Alliances = new Alliances(scenario, Topology);
        Coalitions = new Coalitions(Topology.N);
        WarLog = new WarLog(Topology.N);
        Totals = new RunTotals(Topology.M);
        Row = new ObserverRow(Topology.MaxDegree);

        TechnologySystem = new TechnologySystem(this);
        LeaderSystem = new LeaderSystem(this);
        RecordSystem = new RecordSystem(this);
        BudgetSystem = new BudgetSystem(this);
        PerceptionSystem = new PerceptionSystem(this);
        ThreatSystem = new ThreatSystem(this);
        CrisisSystem = new CrisisSystem(this);
        SupportSystem = new SupportSystem(this);
        AllianceSystem = new AllianceSystem(this);
        StrikeSystem = new StrikeSystem(this);
        AssessmentSystem = new AssessmentSystem(this);
        JoiningSystem = new JoiningSystem(this);
        WarSystem = new WarSystem(this);
        ProcurementSystem = new ProcurementSystem(this);
        ExternalSystem = new ExternalSystem(this);

        TechnologySystem.RefreshBalances();
        AllianceSystem.InstallDeclared();
        Totals.InitialArms = Forces.MeanArmsRatio();
        Totals.InitialTrust = Beliefs.MeanTrust(Beliefs.LogOdds, Topology.M);
        Totals.ArmsBeforeWar = Totals.InitialArms;
        Array.Copy(Beliefs.LogOdds, Totals.LogOddsBeforeWar, Beliefs.LogOdds.Length);
    }

    /// <summary>The last year stepped (0 before the first).</summary>
    internal int YearsRun { get; private set; }

    /// <summary>Whether crises, joins and alliance records are kept in logs for <see cref="BuildCrises"/> and <see cref="SidesOf"/>
    /// (on in <see cref="Simulation.Run(Scenario, ulong, EngineConstants, IRunRecorder?)"/>; off, a year allocates nothing
    /// however many crises open, as the benchmarks measure).</summary>
    internal bool LogCrises
    {
        get => Crises.Logged;
        set => Crises.Logged = value;
    }

    /// <summary>Runs year <paramref name="year"/> (1-based); states in <paramref name="external"/> take the given decisions instead of their own.</summary>
    public void Step(int year, IRunRecorder? recorder, IReadOnlyDictionary<int, ExternalDecision>? external = null)
    {
        YearsRun = year;
        TechnologySystem.ApplyTechnologyChanges(year, recorder);
        LeaderSystem.ReplaceLeaders(year, recorder);

        // Phase 1: observation, belief update, threat assessment and decisions, then the alliance decisions on that output.
        AssessmentSystem.AssessAll();
        AllianceSystem.DecideAlliances(year, recorder);
        if (external is { Count: > 0 })
        {
            ExternalSystem.ApplyExternal(external, year, recorder); // players' choices replace their states' decisions.
        }

        // Phase 2: apply in a fixed order.
        CrisisSystem.UpdateCrises(year, recorder);
        ProcurementSystem.ProcureAll(year, recorder);
        CrisisSystem.CrisisMoves(year, recorder);
        var firstNewWar = WarLog.Count;
        WarSystem.StartWars(year, recorder);
        JoiningSystem.DrawInAllies(firstNewWar, year, recorder);
        WarSystem.FightWars(year, recorder);
        RecordSystem.EndYear(year, recorder);
    }

    /// <summary>Makes room in the war log for <paramref name="capacity"/> wars (the log otherwise doubles when full: the only allocation a step can make).</summary>
    internal void ReserveWars(int capacity) => WarLog.Reserve(capacity);

    /// <summary>Wars so far, in order of their start.</summary>
    internal ReadOnlySpan<WarState> Wars => WarLog.Items.AsSpan(0, WarLog.Count);

    internal int ChainGangEvents => Totals.ChainGangs;

    internal int BuckPassEvents => Totals.BuckPasses;

    internal int BuckPassYears => Totals.BuckPassYears;

    internal int BalancingDecisions => Totals.BalancingDecisions;

    internal int BackfireEvents => Totals.Backfires;

    /// <summary>The run's metrics (docs/model.md, "Metrics").</summary>
    internal RunMetrics Metrics() => RecordSystem.Metrics();

    /// <summary>What state <paramref name="i"/> sees at the end of <paramref name="year"/>.</summary>
    internal StateView View(int i, int year) => ExternalSystem.View(i, year);

    /// <summary>The two sides of war slot <paramref name="w"/> (initiator's first), principals then joiners in order of joining.</summary>
    internal (List<int> Attackers, List<int> Defenders) SidesOf(int w) => JoiningSystem.SidesOf(w);

    /// <summary>The alliances and guarantees of the run, in order of formation.</summary>
    internal List<AllianceRecord> BuildAlliances() => AllianceSystem.BuildAlliances();

    /// <summary>The crisis log of the run, in order of onset.</summary>
    internal List<CrisisRecord> BuildCrises() => CrisisSystem.BuildCrises();
}
