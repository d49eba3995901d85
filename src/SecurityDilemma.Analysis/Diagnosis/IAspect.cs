namespace SecurityDilemma.Analysis.Diagnosis;

/// <summary>
/// One aspect of the interpretations table (THEORY.md section 5): its evidence rule and the positions of
/// Butterfield, Herz and Jervis on it.
/// </summary>
/// <remarks>
/// To add an aspect, implement this interface in Aspects/ (one small class: the rule in <see cref="Evaluate"/>, the three
/// positions with the verdict each implies, or null where a scholar takes none) and list it in <see cref="AspectCatalogue.All"/>.
/// A verdict is "yes", "no", "undecided" (the evidence cannot decide, and the finding says why) or, for aspects that are
/// not yes/no questions, one of the category words the positions use.
/// </remarks>
public interface IAspect
{
    /// <summary>snake_case key used in JSON.</summary>
    string Key { get; }

    /// <summary>The aspect as the table names it.</summary>
    string Title { get; }

    ScholarPosition Butterfield { get; }

    ScholarPosition Herz { get; }

    ScholarPosition Jervis { get; }

    /// <summary>The verdict and the evidence behind it (numbers, years, states).</summary>
    (string Verdict, string Evidence) Evaluate(DiagnosisContext context);
}
