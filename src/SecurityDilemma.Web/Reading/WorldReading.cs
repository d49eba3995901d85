using SecurityDilemma.Analysis.Attribution;
using SecurityDilemma.Analysis.Diagnosis;
using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Analysis.Lenses;

namespace SecurityDilemma.Web.Reading;

/// <summary>
/// What the literature makes of one played world: its diagnosis against the Butterfield/Herz/Jervis table
/// (docs/diagnosis.md, as <c>dilemma diagnose</c>) and a lens-by-lens reading (as <c>dilemma lenses</c>).
/// </summary>
internal sealed record WorldReading
{
    /// <summary>How the counterfactual parts were made (they replay the world; players' choices cannot be replayed).</summary>
    public required string Note { get; init; }

    public required DiagnosisReport Diagnosis { get; init; }

    public required LensReading Lenses { get; init; }

    /// <summary>
    /// Worlds one reading simulates per replicate, at most: the world as given, under anarchy and with an enforcer, each
    /// regulator other than hierarchy neutralized alone (the diagnosis), then the world under no lens and under each lens.
    /// </summary>
    public static int WorldsPerReplicate => 3 + RegulatorCatalogue.All.Count(r => r.Name != "hierarchy") + 1 + LensCatalogue.All.Count;

    /// <summary>
    /// Diagnoses <paramref name="world"/> and reads it through every lens, each over <paramref name="replications"/>
    /// replicates on one thread (a server shares its cores); the results do not depend on the thread count.
    /// <paramref name="what"/> names the world as played in the reading ("The game as played").
    /// </summary>
    public static WorldReading Of(RunEvidence world, int replications, string note, string what, CancellationToken cancellation = default)
    {
        var diagnosis = Diagnoser.Diagnose(world, replications, threads: 1);
        cancellation.ThrowIfCancellationRequested();
        var lenses = LensComparison.Run(world.Document, LensCatalogue.All, replications, threads: 1, cancellation);
        return new WorldReading
        {
            Note = note,
            Diagnosis = diagnosis,
            Lenses = LensReading.Of(lenses, world.Wars.Count, world.Metrics, what),
        };
    }
}
