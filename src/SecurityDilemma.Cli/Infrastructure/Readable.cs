using System.Text;

namespace SecurityDilemma.Cli.Infrastructure;

/// <summary>Enum members as words for text output: <c>PrisonersDilemma</c> is "Prisoner's Dilemma", <c>DoublyDangerous</c> "doubly dangerous".</summary>
internal static class Readable
{
    /// <summary>The member's words; <paramref name="capitalized"/> keeps each word's capital (names of games), otherwise lower case.</summary>
    public static string Name(Enum value, bool capitalized = true)
    {
        var text = value.ToString();
        if (text == "PrisonersDilemma")
        {
            return capitalized ? "Prisoner's Dilemma" : "prisoner's dilemma";
        }

        var sb = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsUpper(text[i]))
            {
                sb.Append(' ');
            }

            sb.Append(capitalized ? text[i] : char.ToLowerInvariant(text[i]));
        }

        return sb.ToString();
    }
}
