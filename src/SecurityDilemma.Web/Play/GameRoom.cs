using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Web.Api;
using SecurityDilemma.Web.Reading;

namespace SecurityDilemma.Web.Play;

/// <summary>
/// A classroom game: students lead some states, the engine the others. Each year waits for every student's choices or
/// the turn's deadline (a student who did not choose keeps last year's spending and mix), then the engine resolves it.
/// When the last year is resolved the game's diagnosis and lens reading start on a worker thread, ready for the debrief.
/// </summary>
/// <remarks>Every member is called under the room's lock; the deadline timer takes the same lock.</remarks>
internal sealed class GameRoom : IDisposable
{
    /// <summary>Event kinds every state learns of (wars and alliances are public); the rest only their parties see.</summary>
    private static readonly HashSet<EventKind> PublicKinds =
        [EventKind.WarStart, EventKind.WarEnd, EventKind.AllianceFormed, EventKind.AllianceLeft, EventKind.GuaranteeGiven, EventKind.TechnologyChange];

    private readonly Lock _lock = new();
    private readonly List<Player> _players = [];
    private readonly Dictionary<int, ExternalDecision> _pending = [];
    private readonly TimeProvider _clock;
    private readonly RoomRecorder _recorder;
    private readonly ScenarioDocument _document;
    private readonly int _readingReplications;
    private SteppedSimulation? _sim;
    private Task<WorldReading>? _reading;
    private ITimer? _timer;
    private DateTimeOffset _deadline;

    /// <summary>A room for <paramref name="scenario"/>, built from <paramref name="document"/> (the scenario file with the room's overrides, which the debrief's counterfactuals replay); <paramref name="readingReplications"/> replicates stand behind the debrief's diagnosis and each lens's reading.</summary>
    public GameRoom(string code, Scenario scenario, ScenarioDocument document, int readingReplications, TimeSpan turn, TimeProvider clock)
    {
        Code = code;
        Scenario = scenario;
        _document = document;
        _readingReplications = readingReplications;
        Turn = turn;
        _clock = clock;
        Created = clock.GetUtcNow();
        _recorder = new RoomRecorder(scenario.States.Count);
    }

    public string Code { get; }

    public string TeacherToken { get; } = Guid.NewGuid().ToString("N");

    public Scenario Scenario { get; }

    public TimeSpan Turn { get; }

    public DateTimeOffset Created { get; }

    public RoomPhase Phase { get; private set; } = RoomPhase.Lobby;

    public Player Join(string name)
    {
        lock (_lock)
        {
            if (Phase != RoomPhase.Lobby)
            {
                throw ApiException.Conflict($"room {Code} has already started; students join before the teacher starts the game");
            }

            if (_players.Count >= Scenario.States.Count)
            {
                throw ApiException.Conflict($"room {Code} is full: all {Scenario.States.Count} states of {Scenario.Name} are led by students");
            }

            var player = new Player(Guid.NewGuid().ToString("N"), name, _players.Count);
            _players.Add(player);
            return player;
        }
    }

    public void Start()
    {
        lock (_lock)
        {
            if (Phase != RoomPhase.Lobby)
            {
                throw ApiException.Conflict($"room {Code} has already started");
            }

            if (_players.Count == 0)
            {
                throw ApiException.Conflict($"room {Code} has no students yet; at least one must join before the game starts");
            }

            _sim = new SteppedSimulation(Scenario, Scenario.Seed);
            Phase = RoomPhase.Playing;
            _timer = _clock.CreateTimer(_ => Resolve(null), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            OpenTurn();
        }
    }

    public Player? PlayerOf(string? token)
    {
        lock (_lock)
        {
            return _players.Find(p => p.Token == token);
        }
    }

    /// <summary>Records a student's choices; the year resolves at once when every student has chosen.</summary>
    public void Decide(Player player, DecisionRequest d)
    {
        lock (_lock)
        {
            if (Phase != RoomPhase.Playing)
            {
                throw ApiException.Conflict(Phase == RoomPhase.Lobby ? $"room {Code} has not started yet" : $"the game in room {Code} is over; see the debrief");
            }

            var max = EngineConstants.Default.MaxBurden;
            var view = _sim!.View(player.State);
            _pending[player.State] = new ExternalDecision
            {
                Burden = ApiException.InRange(d.Burden, view.Burden, 0, max, "burden"),
                OffenseShare = ApiException.InRange(d.OffenseShare, view.OffenseShare, 0, 1, "offense_share"),
                Posture = d.Posture ?? Policy.Utility,
                SignalRestraint = d.SignalRestraint,
                Attack = d.Attack is null ? null : Neighbour(view, d.Attack, "attack"),
                SeekAlly = d.SeekAlly is null ? null : Other(player, d.SeekAlly, "seek_ally"),
                LeaveAlliances = d.LeaveAlliances,
            };
            if (_players.All(p => _pending.ContainsKey(p.State)))
            {
                Resolve(_sim.Year);
            }
        }
    }

    /// <summary>The teacher ends the turn now: students who have not chosen keep last year's choices.</summary>
    public void Advance()
    {
        lock (_lock)
        {
            if (Phase != RoomPhase.Playing)
            {
                throw ApiException.Conflict($"room {Code} is not playing (it is {Phase.ToString().ToLowerInvariant()})");
            }

            Resolve(_sim!.Year);
        }
    }

    /// <summary>What anyone with the code sees: the scenario, the phase and the players' names.</summary>
    public object PublicView()
    {
        lock (_lock)
        {
            return new
            {
                Code,
                Phase,
                Scenario = Scenario.Name,
                Year = _sim?.Year ?? 0,
                Scenario.Years,
                TurnSeconds = (int)Turn.TotalSeconds,
                DeadlineSeconds = Remaining(),
                Players = _players.Select(p => new { p.Name, State = Scenario.States[p.State].Name, Submitted = _pending.ContainsKey(p.State) }),
                States = Scenario.States.Select(s => s.Name),
            };
        }
    }

    /// <summary>What the student's state can see: its own condition, its neighbours' forces and its trust in them, its own log.</summary>
    public object PlayerView(Player player)
    {
        lock (_lock)
        {
            var i = player.State;
            var view = _sim?.View(i);
            return new
            {
                Code,
                Phase,
                Year = _sim?.Year ?? 0,
                Scenario.Years,
                DeadlineSeconds = Remaining(),
                Submitted = _pending.ContainsKey(i),
                Player = player.Name,
                State = Scenario.States[i].Name,
                MaxBurden = EngineConstants.Default.MaxBurden,
                Own = view is null ? null : new { view.Resources, view.Offense, view.Defense, view.Burden, view.OffenseShare, view.Threat, view.AtWar },
                Neighbours = view?.Neighbours.Select(n => new { n.Name, n.Offense, n.Defense, n.Trust, n.AtWar, n.Allied }),
                History = _recorder.Rows.Select(r => new { r[i].Year, r[i].MilitaryBurden, r[i].Offense, r[i].Defense, Threat = 1 - r[i].Security }),
                Log = _recorder.Events.Where(e => Visible(e, i)).Select(e => new { e.Year, e.Kind, States = e.States.Select(s => Scenario.States[s].Name), e.Detail }),
            };
        }
    }

    /// <summary>
    /// After the game: every state's true motive, what each read into each student's moves, wars and metrics, the
    /// diagnosis of the game and its lens-by-lens reading.
    /// </summary>
    public async Task<object> Debrief()
    {
        Task<WorldReading> pending;
        lock (_lock)
        {
            if (Phase != RoomPhase.Finished)
            {
                throw ApiException.Conflict($"the game in room {Code} is not over yet (year {_sim?.Year ?? 0} of {Scenario.Years}); the debrief opens at the end");
            }

            pending = _reading!;
        }

        var reading = await pending;
        lock (_lock)
        {
            var result = _sim!.Result();
            var names = Scenario.States.Select(s => s.Name).ToList();
            return new
            {
                Code,
                Scenario = Scenario.Name,
                Scenario.Years,
                Motives = Scenario.States.ToDictionary(s => s.Name, s => s.Motive),
                Players = _players.Select(p => new
                {
                    p.Name,
                    State = names[p.State],
                    TrustInPlayer = Series(names, j => j != p.State, (t, j) => t[j][p.State]),
                    PlayerTrust = Series(names, j => j != p.State, (t, j) => t[p.State][j]),
                    Burden = _recorder.Rows.Select(r => r[p.State].MilitaryBurden),
                }),
                result.Metrics,
                result.Wars,
                Reading = Reading(result.Metrics, result.Wars),
                reading.Note,
                reading.Diagnosis,
                reading.Lenses,
                Events = _recorder.Events.Select(e => new { e.Year, e.Kind, States = e.States.Select(s => names[s]), e.Detail }),
            };
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    /// <summary>How the debrief's diagnosis and lens reading were made.</summary>
    private static string ReadingNote(int replications) =>
        $"The diagnosis reads the game as played: its wars, beliefs and arming (aspects 2 to 8) and its stage games. Its counterfactual aspects (1 and 9 to 12) " +
        $"and the lens readings replay the same world {replications} times on the game's seed and the next ones, with the engine leading every state: " +
        "a class's choices cannot be replayed.";

    /// <summary>Plain-language reading of the game's metrics (the spiral, tragedy and deterrence questions of docs/model.md).</summary>
    private static List<string> Reading(RunMetrics m, IReadOnlyList<WarRecord> wars)
    {
        var lines = new List<string>();
        lines.Add(m.WarOccurred
            ? $"{m.WarCount} war(s), the first in year {m.FirstWarYear}."
            : "No war broke out.");
        if (m.TragicWar)
        {
            lines.Add("A tragic war: every belligerent of some war was a security seeker - nobody wanted it, fear made it (the spiral model).");
        }

        if (wars.Any(w => w.Motives.Values.Any(x => x != Motive.SecuritySeeker)))
        {
            lines.Add("A greedy or power-maximizing state fought: here deterrence, not reassurance, was the lesson (the deterrence model).");
        }

        lines.Add(m.SpiralIndex > 0
            ? $"Spiral index {m.SpiralIndex:F2}: arms rose while trust fell before the first war (or the end)."
            : $"Spiral index {m.SpiralIndex:F2}: no spiral of rising arms and falling trust.");
        lines.Add($"Mean military burden {m.MeanMilitaryBurden:P1}; mean trust at the end {m.FinalMeanTrust:F2}.");
        return lines;
    }

    /// <summary>Per other state, a yearly trust series; pairs that never observe each other (no border) are left out.</summary>
    private Dictionary<string, double[]> Series(List<string> names, Func<int, bool> include, Func<double[][], int, double> pick) =>
        Enumerable.Range(0, names.Count)
            .Where(j => include(j) && _recorder.TrustByYear.Any(t => !double.IsNaN(pick(t, j))))
            .ToDictionary(j => names[j], j => _recorder.TrustByYear.Select(t => pick(t, j)).ToArray());

    private bool Visible(EngineEvent e, int state) =>
        e.Kind == EventKind.BeliefShift ? e.States[0] == state : PublicKinds.Contains(e.Kind) || e.States.Contains(state);

    private int? Remaining() =>
        Phase == RoomPhase.Playing ? (int)Math.Max(0, Math.Ceiling((_deadline - _clock.GetUtcNow()).TotalSeconds)) : null;

    private int Neighbour(StateView view, string name, string field) =>
        view.Neighbours.FirstOrDefault(n => n.Name == name)?.State
            ?? throw ApiException.BadRequest($"{field}: '{name}' is not a state {view.Name} borders", field,
                $"one of {string.Join(", ", view.Neighbours.Select(n => n.Name))}");

    private int Other(Player player, string name, string field)
    {
        for (var j = 0; j < Scenario.States.Count; j++)
        {
            if (j != player.State && Scenario.States[j].Name == name)
            {
                return j;
            }
        }

        throw ApiException.BadRequest($"{field}: '{name}' is not another state of {Scenario.Name}", field);
    }

    private void OpenTurn()
    {
        _pending.Clear();
        _deadline = _clock.GetUtcNow() + Turn;
        _timer?.Change(Turn, Timeout.InfiniteTimeSpan);
    }

    // Resolves the year after `expectedYear` (null: whatever year is open, from the deadline timer).
    private void Resolve(int? expectedYear)
    {
        lock (_lock)
        {
            if (Phase != RoomPhase.Playing || (expectedYear is int y && y != _sim!.Year))
            {
                return;
            }

            foreach (var p in _players.Where(p => !_pending.ContainsKey(p.State)))
            {
                var v = _sim!.View(p.State);
                _pending[p.State] = new ExternalDecision { Burden = v.Burden, OffenseShare = v.OffenseShare };
            }

            _recorder.BeginYear();
            _sim!.Step(_pending, _recorder);
            if (_sim.Finished)
            {
                Phase = RoomPhase.Finished;
                var evidence = _recorder.Evidence($"classroom game {Code}", _document, Scenario, _sim.Result());
                _reading = Task.Run(() => WorldReading.Of(evidence, _readingReplications, ReadingNote(_readingReplications), "The game as played"));
                _timer?.Dispose();
                _timer = null;
                _pending.Clear();
            }
            else
            {
                OpenTurn();
            }
        }
    }
}
