namespace SecurityDilemma.Models.Games;

/// <summary>Whether an isolated equilibrium uses pure or mixed strategies.</summary>
public enum EquilibriumKind
{
    /// <summary>Both players play one move for sure.</summary>
    Pure,

    /// <summary>At least one player randomizes.</summary>
    Mixed,
}
