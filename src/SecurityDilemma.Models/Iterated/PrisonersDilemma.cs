namespace SecurityDilemma.Models.Iterated;

/// <summary>
/// The stage game of an iterated Prisoner's Dilemma: R (reward for mutual cooperation), T (temptation
/// to defect), S (sucker's payoff), P (punishment for mutual defection).
/// </summary>
/// <remarks>Axelrod's tournaments (Axelrod 1980, 1984) used R, T, S, P = 3, 5, 0, 1, the default here.</remarks>
public sealed record PrisonersDilemma(double R = 3, double T = 5, double S = 0, double P = 1)
{
    /// <summary>Axelrod's payoffs: R, T, S, P = 3, 5, 0, 1.</summary>
    public static PrisonersDilemma Axelrod { get; } = new();

    /// <summary>True for a Prisoner's Dilemma proper: T &gt; R &gt; P &gt; S and 2R &gt; T + S (mutual cooperation beats taking turns exploiting).</summary>
    public bool IsPrisonersDilemma => T > R && R > P && P > S && 2 * R > T + S;

    /// <summary>The payoff to a player who plays <paramref name="own"/> against <paramref name="opponent"/>.</summary>
    public double Payoff(Move own, Move opponent) => (own, opponent) switch
    {
        (Move.C, Move.C) => R,
        (Move.C, Move.D) => S,
        (Move.D, Move.C) => T,
        _ => P,
    };

    /// <summary>Checks the payoffs (finite, and a Prisoner's Dilemma) and throws an <see cref="InputException"/> naming <paramref name="source"/> otherwise.</summary>
    public void Validate(string source)
    {
        if (!double.IsFinite(R) || !double.IsFinite(T) || !double.IsFinite(S) || !double.IsFinite(P))
        {
            throw new InputException(source, null, null, "payoffs", $"R={R}, T={T}, S={S}, P={P} has a non-finite value", "finite numbers");
        }

        if (!IsPrisonersDilemma)
        {
            throw new InputException(source, null, null, "payoffs", $"R={R}, T={T}, S={S}, P={P} is not a Prisoner's Dilemma", "T > R > P > S and 2R > T + S");
        }
    }
}
