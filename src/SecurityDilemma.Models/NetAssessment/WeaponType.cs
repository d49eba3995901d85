namespace SecurityDilemma.Models.NetAssessment;

/// <summary>
/// One kind of weapon or unit in a <see cref="ForceStructure"/>: what a unit is worth when it attacks, what it
/// is worth when it defends, what it costs, how far it can move to where the attack falls, and how large a share
/// of a budget it can usefully take.
/// </summary>
/// <remarks>
/// Attack and defence values are combat power per unit in the two missions, in any common unit (e.g. an
/// infantry division = 1). Glaser and Kaufmann (1998) assess a force structure by the missions its weapons can
/// perform; a weapon with attack 0 has no offensive use (Jervis 1978: a purely defensive weapon).
/// </remarks>
/// <param name="Name">The type's name, unique within its structure.</param>
/// <param name="Attack">Combat power of one unit used in the attack (&gt;= 0).</param>
/// <param name="Defense">Combat power of one unit used in the defence (&gt;= 0), before terrain.</param>
/// <param name="Cost">Cost of one unit (&gt; 0), in the same unit as the budgets.</param>
/// <param name="Mobility">Operational mobility in [0, 1]: the share of a defender's units that can move to the sector attacked in time; the rest stays spread along the front.</param>
/// <param name="MaxShare">Largest share of a budget this type can usefully take, in (0, 1] (combined arms: e.g. artillery needs infantry to hold ground).</param>
public sealed record WeaponType(string Name, double Attack, double Defense, double Cost = 1.0, double Mobility = 0.0, double MaxShare = 1.0);
