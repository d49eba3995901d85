using SecurityDilemma.Engine;

namespace SecurityDilemma.Experiments.Execution;

/// <summary>One finished run on its way to the results database.</summary>
/// <param name="RunId">point_id * replications + replicate.</param>
/// <param name="PointId">Index of the point in the plan.</param>
/// <param name="Replicate">Replicate number, from 0.</param>
/// <param name="Seed">The run's seed (<see cref="Seeds.RunSeeds.Run"/>).</param>
/// <param name="Metrics">All metrics in <see cref="RunMetrics.Names"/> order (<see cref="RunMetrics.ToArray"/>).</param>
/// <param name="Series">Per-year, per-state rows when the sweep keeps series; otherwise empty.</param>
public sealed record RunRecord(long RunId, long PointId, int Replicate, ulong Seed, double[] Metrics, StateYear[] Series);
