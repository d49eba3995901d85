namespace SecurityDilemma.Models.Games;

/// <summary>
/// The family of each player's payoff ordering. <see cref="Type"/> is the common family when both players
/// have the same one, otherwise <see cref="GameType.Other"/> (an asymmetric game such as PD against Deadlock).
/// </summary>
public sealed record GameClassification(GameType Type, GameType Row, GameType Column, string RowOrdering, string ColumnOrdering, bool IsSymmetric);
