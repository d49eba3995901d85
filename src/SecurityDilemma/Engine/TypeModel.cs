using System.Runtime.Intrinsics;

namespace SecurityDilemma.Engine;

/// <summary>
/// An observer's model of how each motive type procures, broadcast to vector lanes (see <see cref="Rules.TypeSignals(Vector256{double}, Vector256{double}, Vector256{double}, Vector256{double}, Vector256{double}, Vector256{double}, in TypeModel)"/>).
/// </summary>
internal readonly struct TypeModel
{
    /// <summary>How far the observer counts the threat its own forces pose to the observed state.</summary>
    public Vector256<double> Empathy { get; init; }

    public Vector256<double> Adjustment { get; init; }

    public Vector256<double> Decay { get; init; }

    public Vector256<double> MaxBurden { get; init; }

    public Vector256<double> OffenseAsDefense { get; init; }

    public Vector256<double> DefenseAsOffense { get; init; }

    /// <summary>1 / defending strength per unit of a security seeker's procurement.</summary>
    public Vector256<double> InvStrengthPerUnit { get; init; }

    /// <summary>Apparent offence per unit of a security seeker's procurement, at the observer's distinguishability.</summary>
    public Vector256<double> SecurityApparentShare { get; init; }

    /// <summary>Apparent offence per unit of a greedy state's procurement.</summary>
    public Vector256<double> GreedyApparentShare { get; init; }

    /// <summary>The observer's own defending strength times the odds p* / (1 - p*) a greedy state arms for.</summary>
    public Vector256<double> OwnDefenseTimesOdds { get; init; }

    /// <summary>1 / sigma_s^2, the spread of procurement around each type's mean.</summary>
    public Vector256<double> InvVariance { get; init; }
}
