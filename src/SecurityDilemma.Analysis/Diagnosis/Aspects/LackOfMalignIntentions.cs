using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Analysis.Diagnosis.Aspects;

/// <summary>Lack of malign intentions: yes when every belligerent of every war was a security seeker.</summary>
public sealed class LackOfMalignIntentions : IAspect
{
    public string Key => "lack_of_malign_intentions";

    public string Title => "Lack of malign intentions";

    public ScholarPosition Butterfield { get; } = new("Yes: both sides may want nothing but safety, and the tragedy is that this is not enough", Verdicts.Yes);

    public ScholarPosition Herz { get; } = new("Yes: the dilemma works whatever the intentions, even between peaceful groups", Verdicts.Yes);

    public ScholarPosition Jervis { get; } = new("Yes: the spiral model concerns states that would be content with the status quo", Verdicts.Yes);

    public (string Verdict, string Evidence) Evaluate(DiagnosisContext c)
    {
        if (c.Run.Wars.Count == 0)
        {
            return (Verdicts.Undecided, "no war: no belligerent's intentions to judge");
        }

        var malign = c.Run.Wars.SelectMany(w => w.Motives).Where(m => m.Value != Motive.SecuritySeeker).Select(m => $"{m.Key} ({Snake(m.Value)})").Distinct().ToList();
        return malign.Count == 0
            ? (Verdicts.Yes, $"every belligerent of the {Format.I(c.Run.Wars.Count)} war(s) was a security seeker ({string.Join(", ", c.Run.Wars.SelectMany(w => w.Motives.Keys).Distinct())})")
            : (Verdicts.No, $"belligerents with more than security in mind: {string.Join(", ", malign)}");
    }

    private static string Snake(Motive m) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(m.ToString());
}
