using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;

namespace SecurityDilemma.Analysis.Attribution;

/// <summary>The counterfactual attribution of one war (docs/diagnosis.md, "explain").</summary>
public sealed record AttributionReport
{
    /// <summary>The war's number in the run (1 = first).</summary>
    public required int WarNumber { get; init; }

    public required WarRecord War { get; init; }

    /// <summary>The war's target: the first state on the side that was attacked.</summary>
    public required string Target { get; init; }

    public required int Replications { get; init; }

    public required ulong FirstSeed { get; init; }

    public required ulong LastSeed { get; init; }

    /// <summary>Rate of a war between the initiator and the target over the replications of the run as it was.</summary>
    public required Estimate BaselineWarRate { get; init; }

    /// <summary>The same rate with every available regulator neutralized at once.</summary>
    public required Estimate AllNeutralizedWarRate { get; init; }

    /// <summary>Baseline rate minus all-neutralized rate: the share of wars the regulators together account for (Student-t interval over paired replicates).</summary>
    public required Estimate TotalEffect { get; init; }

    /// <summary>Sum of the Shapley values; equals <see cref="TotalEffect"/> up to rounding (efficiency).</summary>
    public required double ShapleySum { get; init; }

    public required IReadOnlyList<RegulatorEffect> Regulators { get; init; }

    /// <summary>Regulators that this engine cannot neutralize (its scenario format lacks the field), with the reason.</summary>
    public required IReadOnlyList<UnavailableRegulator> Unavailable { get; init; }

    /// <summary>
    /// The regulator with the largest positive Shapley value and any other whose paired difference from it has a 95%
    /// interval reaching zero (several when the replicates cannot tell them apart; empty when none is positive).
    /// </summary>
    public required IReadOnlyList<string> MainCauses { get; init; }

    /// <summary>The top main cause's lead over the strongest regulator outside the main causes (null when there is no main cause or none outside).</summary>
    public required MainCauseLead? MainCauseLead { get; init; }
}

/// <summary>A regulator left out of the attribution and why.</summary>
public sealed record UnavailableRegulator(string Name, string Reason);
