using SecurityDilemma.Engine.Components;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine.Systems;

/// <summary>
/// Phase 1 for every state, on one snapshot: observe and update beliefs (<see cref="PerceptionSystem"/>), assess threats
/// (<see cref="ThreatSystem"/>), consider strikes and demands (<see cref="StrikeSystem"/>), decide the budget (<see cref="BudgetSystem"/>).
/// Before the states' turn: last year's requirements are frozen as the snapshot observers model others with, allies' expected
/// help is prepared (<see cref="SupportSystem.PrepareSupport"/>), and each state's kind as a target (at war, free, free with supporters) is set.
/// </summary>
/// <remarks>Reads: everything the four systems read (end-of-last-year state). Writes: Assessments (threats, requirements), Intents (strike, demand), Crises.Next and the change lists, Forces.TargetBurden/TargetOffense.</remarks>
internal sealed class AssessmentSystem(World world) : WorldSystem(world)
{
    private readonly SupportSystem _support = world.SupportSystem;
    private readonly BudgetSystem _budget = world.BudgetSystem;
    private readonly PerceptionSystem _perception = world.PerceptionSystem;
    private readonly StrikeSystem _strike = world.StrikeSystem;
    private readonly ThreatSystem _threat = world.ThreatSystem;

    /// <summary>Runs the row passes in their scalar reference form (one dyad at a time) instead of four dyads at a time: for tests,
    /// which check that both give the same bits.</summary>
    internal bool ScalarReference { get; set; }

    /// <summary>Phase 1 for every state, on one snapshot (the end of last year).</summary>
    internal void AssessAll()
    {
        // The snapshot of last year's requirements, which observers read when they model another state's position.
        Array.Copy(Assessments.RequiredDefense, Assessments.RequiredSnapshot, N);
        Array.Copy(Assessments.SecondRequired, Assessments.SecondSnapshot, N);
        Array.Copy(Assessments.TopRequiredEdge, Assessments.TopRequiredSnapshot, N);
        _support.PrepareSupport(); // allies' expected help.
        for (var j = 0; j < N; j++)
        {
            Assessments.TargetKind[j] = WarLog.WarOf[j] >= 0 ? 0.0 : Alliances.LinksIn[j] > 0 ? 2.0 : 1.0;
        }

        // Each state writes only its own row of dyads and its own decision slots and reads the end-of-last-year snapshot, so
        // the order of states (or a parallel loop over them) cannot change the result.
        for (var i = 0; i < N; i++)
        {
            Assess(i);
        }
    }

    /// <summary>Phase 1 for state <paramref name="i"/>: observe every state it borders, update trust, assess threat, decide.</summary>
    /// <remarks>
    /// Three passes over the observer's row: (1) the observed states' snapshot copied into row order, (2) observation
    /// (with the observer's four random streams) and Kydd update, (3) threat, required defence, crisis flags and strike
    /// candidates; passes 2 and 3 run four dyads at a time. The rare paths (strike considerations, a state at war) follow.
    /// </remarks>
    internal void Assess(int i)
    {
        var k = Setting.K;

        // Graded dynamics: what the observer can read of defensive forces depends on distinguishability alone, and worst-case
        // bias enters once, in the threat assessment (AssessThreats, through Rules.Pessimistic). Classic: the bias also
        // darkens the reading of forces.
        var w = Leaders.WorstCase[i];
        var apparentDefenseWeight = Technology.ApparentDefenseWeight(Setting.Graded ? Technology.Distinguishability : Technology.Distinguishability * (1.0 - w));
        var ownDefense = Forces.Defense[i] + (k.OffenseAsDefense * Forces.Offense[i]) + Assessments.AlliedDefense[i]; // allies' expected help.
        var ownAttack = Forces.Offense[i] + (Technology.DefenseAttack * Forces.Defense[i]);
        var free = WarLog.WarOf[i] < 0;
        var start = Topology.RowStart[i];
        var degree = Topology.RowStart[i + 1] - start;

        var aggressive = free && Leaders.Motive[i] != Motive.SecuritySeeker;
        _perception.Observe(i, start, degree, aggressive, apparentDefenseWeight, ownDefense, ScalarReference);

        // The prudent floor: what a state keeps whatever its neighbours look like.
        var floor = degree > 0 ? k.PrudentDefense * Forces.Resources[i] / Leaders.PerceivedBalance(i) : 0.0;
        var row = new RowAssessment { Required = floor, RequiredAttack = double.PositiveInfinity };
        if (ScalarReference)
        {
            _threat.AssessThreatsScalar(i, start, degree, ownDefense, ownAttack, free, aggressive, ref row);
        }
        else
        {
            _threat.AssessThreats(i, start, degree, ownDefense, ownAttack, free, aggressive, ref row);
        }

        // Two states fighting each other are at war, not in crisis (only a state at war has enemies in its row).
        var ownWar = WarLog.WarOf[i];
        var redo = false;
        if (ownWar >= 0)
        {
            for (var e = start; e < start + degree; e++)
            {
                if (WarLog.WarOf[Topology.Target[e]] == ownWar && Crises.Next[e])
                {
                    Crises.Next[e] = false;
                    redo = true;
                }
            }
        }

        // Strike candidates: preemption in a crisis, and every dyad of an aggressive state.
        var decision = new StrikeDecision { Edge = -1, Value = double.NegativeInfinity, RequiredAttack = double.PositiveInfinity };
        for (var x = 0; x < row.Candidates; x++)
        {
            var c = Row.Candidates[x];
            var e = start + c;
            var before = Crises.Next[e];
            var after = _strike.ConsiderStrike(i, e, Topology.Target[e], Row.Eta[c], Row.StruckLoses[c], Assessments.EdgeThreat[e], ownAttack, before, free, ref decision);
            Crises.Next[e] = after;
            redo |= after != before;
        }

        // A greedy state's attack requirement: pass 3 took the minimum over targets without supporters; candidates the rest.
        decision.RequiredAttack = Branchless.Min(row.RequiredAttack, decision.RequiredAttack);

        if (redo)
        {
            // A flag changed after pass 3 listed the changes: list them again.
            row.Changes = 0;
            for (var e = start; e < start + degree; e++)
            {
                Crises.ChangedEdge[start + row.Changes] = e;
                row.Changes += Crises.Next[e] != Crises.Now[e] ? 1 : 0;
            }
        }

        Crises.ChangedCount[i] = row.Changes;
        _threat.RecordRequirementWithoutTop(i, start, degree, floor, row.Required);
        Assessments.Threat[i] = 1.0 - row.Survive;
        Assessments.TopEdge[i] = row.TopEdge;
        Assessments.TopThreat[i] = row.TopThreat;
        Assessments.RequiredDefense[i] = row.Required;
        Assessments.Rival[i] = row.Rival;
        Assessments.RequiredAttack[i] = double.IsPositiveInfinity(decision.RequiredAttack) ? 0.0 : decision.RequiredAttack;
        Intents.Edge[i] = decision.Edge;
        Intents.Preemptive[i] = decision.Preemptive;
        Intents.Kind[i] = decision.Kind;
        Intents.Concession[i] = decision.Concession;
        Intents.Value[i] = decision.Value;
        _budget.DecideBudget(i, ownDefense, ownAttack);
    }
}
