namespace SecurityDilemma.Models.Iterated;

/// <summary>Helpers for <see cref="Move"/>: flipping, and reading and writing move strings such as "CCD".</summary>
public static class Moves
{
    /// <summary>The other move.</summary>
    public static Move Flip(this Move move) => move == Move.C ? Move.D : Move.C;

    /// <summary>Parses a string of 'C' and 'D' (case-insensitive; spaces and commas are ignored).</summary>
    public static Move[] Parse(string text)
    {
        var moves = new List<Move>(text.Length);
        foreach (var ch in text)
        {
            switch (char.ToUpperInvariant(ch))
            {
                case 'C':
                    moves.Add(Move.C);
                    break;
                case 'D':
                    moves.Add(Move.D);
                    break;
                case ' ' or ',':
                    break;
                default:
                    throw new FormatException($"'{ch}' is not a move; expected C or D");
            }
        }

        return [.. moves];
    }

    /// <summary>Writes moves as a string of 'C' and 'D'.</summary>
    public static string Format(ReadOnlySpan<Move> moves)
    {
        var chars = new char[moves.Length];
        for (var i = 0; i < moves.Length; i++)
        {
            chars[i] = moves[i] == Move.C ? 'C' : 'D';
        }

        return new string(chars);
    }
}
