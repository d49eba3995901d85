using System.Globalization;
using SecurityDilemma.Models.NetAssessment;
using SecurityDilemma.Scenarios.Schema;
using SecurityDilemma.Scenarios.Tree;

namespace SecurityDilemma.Scenarios.Forces;

/// <summary>
/// Reads a force-structure file (weapon types with attack, defence, cost, mobility and share caps; terrain and front)
/// into a <see cref="ForceStructure"/> for <see cref="NetAssessor"/>. Format: docs/net-assessment.md. Errors are
/// <see cref="ScenarioException"/>s with file:line:col, the field and what was expected, as for scenarios.
/// </summary>
public static class ForceFile
{
    private const string ExpectedDocument = "a YAML mapping of force-structure fields: name, weapons, ... (see docs/net-assessment.md)";

    /// <summary>Reads and validates the force-structure file at <paramref name="path"/>.</summary>
    public static ForceStructure Load(string path)
        => Parse(YamlFile.ReadText(path, "force-structure file", "forces/europe-1914.yaml"), path);

    /// <summary>Parses and validates force-structure YAML; <paramref name="source"/> names it in error messages.</summary>
    public static ForceStructure Parse(string yaml, string source)
    {
        var root = YamlTreeReader.Read(yaml, source, ExpectedDocument)
            ?? throw new ScenarioException(source, null, null, "", "the file is empty", ExpectedDocument);
        var r = FieldReader.Open(root, "", ForceSchema.Root);
        var name = r.Text("name");
        var target = r.Number("target_win_probability", 0.5);
        if (target >= 1)
        {
            throw FieldReader.Fail(r.Node("target_win_probability")!, "target_win_probability", "1 needs an infinite attacker", "a probability > 0 and < 1");
        }

        var nodes = r.List("weapons");
        var weapons = new WeaponType[nodes.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            var w = FieldReader.Open(nodes[i], ScenarioBuilder.ItemPath("weapons", i, nodes[i]), ForceSchema.WeaponFields);
            var weaponName = w.Text("name");
            if (!seen.TryAdd(weaponName, i))
            {
                throw FieldReader.Fail(w.Node("name")!, $"weapons[{i}].name", $"duplicate weapon type '{weaponName}' (also weapons[{seen[weaponName]}])", "a unique name for each weapon type");
            }

            weapons[i] = new WeaponType(
                weaponName,
                w.Number("attack", 0),
                w.Number("defense", 0),
                w.Number("cost", 1),
                w.Number("mobility", 0),
                w.Number("max_share", 1));
        }

        var caps = weapons.Sum(w => w.MaxShare);
        if (caps < 1)
        {
            throw FieldReader.Fail(r.Node("weapons")!, "weapons", string.Create(CultureInfo.InvariantCulture, $"the types' max_share add up to {caps:0.###}"), "max_share values that add up to at least 1, so a whole budget can be spent");
        }

        return new ForceStructure(
            name,
            weapons,
            r.Number("terrain", 1),
            r.Integer("sectors", 1),
            target,
            r.Number("decisiveness", 1),
            r.Number("defender_budget", 1));
    }
}
