namespace SecurityDilemma.Models.Iterated;

/// <summary>A move in the iterated Prisoner's Dilemma: cooperate or defect.</summary>
/// <remarks>Named <c>Move</c> rather than <c>Action</c> so it never clashes with <see cref="System.Action"/>.</remarks>
public enum Move : byte
{
    /// <summary>Cooperate.</summary>
    C = 0,

    /// <summary>Defect.</summary>
    D = 1,
}
