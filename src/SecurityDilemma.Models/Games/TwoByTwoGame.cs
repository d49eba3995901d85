namespace SecurityDilemma.Models.Games;

/// <summary>
/// A 2x2 game of cooperation (C) and defection (D). Each player's payoffs are written from its own
/// point of view (own move first), so a symmetric game has <c>Row == Column</c>.
/// </summary>
public sealed record TwoByTwoGame(PlayerPayoffs Row, PlayerPayoffs Column)
{
    /// <summary>The symmetric game in which both players have <paramref name="payoffs"/>.</summary>
    public static TwoByTwoGame Symmetric(PlayerPayoffs payoffs) => new(payoffs, payoffs);

    /// <summary>True when both players have the same payoffs.</summary>
    public bool IsSymmetric => Row == Column;

    /// <summary>Row's payoff when row plays <paramref name="rowCooperates"/> and column plays <paramref name="columnCooperates"/>.</summary>
    public double RowPayoff(bool rowCooperates, bool columnCooperates) => Own(Row, rowCooperates, columnCooperates);

    /// <summary>Column's payoff in the same profile (its own move first in <see cref="Column"/>).</summary>
    public double ColumnPayoff(bool rowCooperates, bool columnCooperates) => Own(Column, columnCooperates, rowCooperates);

    /// <summary>Row's expected payoff when row cooperates with probability p and column with probability q.</summary>
    public double ExpectedRowPayoff(double p, double q) => Expected(Row, p, q);

    /// <summary>Column's expected payoff when row cooperates with probability p and column with probability q.</summary>
    public double ExpectedColumnPayoff(double p, double q) => Expected(Column, q, p);

    private static double Own(PlayerPayoffs u, bool self, bool other)
        => self ? (other ? u.CC : u.CD) : (other ? u.DC : u.DD);

    private static double Expected(PlayerPayoffs u, double self, double other)
        => (self * ((other * u.CC) + ((1 - other) * u.CD))) + ((1 - self) * ((other * u.DC) + ((1 - other) * u.DD)));
}
