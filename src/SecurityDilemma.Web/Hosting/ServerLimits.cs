namespace SecurityDilemma.Web.Hosting;

/// <summary>
/// What one server accepts (docs/web.md, "Limits"). Every limit is checked before work starts and answered with a 4xx
/// and a message naming the limit; the defaults fit a classroom on one machine.
/// </summary>
public sealed record ServerLimits
{
    /// <summary>Largest request body, in bytes (an uploaded scenario travels inside it).</summary>
    public int MaxBodyBytes { get; init; } = 256 * 1024;

    /// <summary>Most states in a run from the web (after the number-of-states slider).</summary>
    public int MaxStates { get; init; } = 60;

    /// <summary>Most simulated years of one web run.</summary>
    public int MaxYears { get; init; } = 500;

    /// <summary>Most states x years of one run (the work and the size of the stream grow with it).</summary>
    public int MaxStateYears { get; init; } = 20_000;

    /// <summary>Most state-years of one four-worlds sweep, summed over its cells and replications.</summary>
    public int MaxSweepStateYears { get; init; } = 100_000;

    /// <summary>Runs and sweeps one client (remote address) may have going at once.</summary>
    public int MaxConcurrentRunsPerClient { get; init; } = 4;

    /// <summary>Wall-clock limit of one run or sweep; the stream ends with an error line when it is reached.</summary>
    public TimeSpan RunTimeLimit { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Most game rooms open at once on this server.</summary>
    public int MaxRooms { get; init; } = 50;

    /// <summary>Most years of a classroom game.</summary>
    public int MaxGameYears { get; init; } = 50;

    /// <summary>Replicates behind a diagnosis and each lens of a lens reading (the classroom debrief, the explorer's diagnosis).</summary>
    public int ReadingReplications { get; init; } = 20;

    /// <summary>
    /// Most state-years a diagnosis with its lens reading may simulate: the world's states x years, times the replicates,
    /// times the worlds replayed (the world as given, under anarchy and with an enforcer, each regulator neutralized, each lens).
    /// </summary>
    public int MaxReadingStateYears { get; init; } = 2_000_000;

    /// <summary>Hours after which a game room is closed and forgotten.</summary>
    public TimeSpan RoomLifetime { get; init; } = TimeSpan.FromHours(4);
}
