using System.Globalization;
using SecurityDilemma.Models.NetAssessment;
using SecurityDilemma.Scenarios.Schema;
using SecurityDilemma.Scenarios.Tree;

namespace SecurityDilemma.Scenarios.Forces;

/// <summary>
/// Resolves a scenario's <c>technology.forces</c>: loads the force-structure file (path relative to the scenario
/// file) and measures it with <see cref="NetAssessor"/>, so the scenario's technology is the even-odds balance and the
/// distinguishability that <c>dilemma assess</c> reports for the same file.
/// </summary>
internal static class ForceTechnology
{
    private const string Field = "technology.forces";
    private const string ExpectedPath = "the path of a force-structure file, relative to the scenario file (docs/net-assessment.md)";

    public static Technology Resolve(Node node, string scenarioSource)
    {
        var text = FieldReader.ReadText(node, Field, ExpectedPath);
        var path = Path.IsPathRooted(text) ? text : Path.Combine(Path.GetDirectoryName(scenarioSource) ?? "", text);
        if (!File.Exists(path))
        {
            throw FieldReader.Fail(node, Field, $"no file '{text}' (looked for {path})", ExpectedPath);
        }

        var result = NetAssessor.Assess(ForceFile.Load(path));
        var balance = result.EvenOddsBalance;
        if (!(balance > 0) || balance > Limits.MaxBalance)
        {
            throw FieldReader.Fail(
                node,
                Field,
                string.Create(CultureInfo.InvariantCulture, $"'{text}' measures an offense-defense balance of {balance}"),
                $"a force structure whose balance is > 0 and <= {Limits.MaxBalance.ToString(CultureInfo.InvariantCulture)} (a type that can attack and one that can defend)");
        }

        return new Technology { OffenseDefenseBalance = balance, Distinguishability = result.Distinguishability };
    }
}
