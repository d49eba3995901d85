namespace SecurityDilemma.Models.Games;

/// <summary>
/// One player's payoffs in a 2x2 game, own move first: <c>CC</c> mutual cooperation (Axelrod's R),
/// <c>CD</c> cooperating against a defector (the sucker's payoff S), <c>DC</c> defecting against a
/// cooperator (the temptation T), <c>DD</c> mutual defection (P).
/// </summary>
public sealed record PlayerPayoffs(double CC, double CD, double DC, double DD)
{
    /// <summary>The four outcomes from best to worst, e.g. <c>DC &gt; CC &gt; DD &gt; CD</c>; ties print as <c>=</c>.</summary>
    public string Ordering()
    {
        (string Name, double Value)[] items = [("CC", CC), ("CD", CD), ("DC", DC), ("DD", DD)];

        // A stable sort keeps tied outcomes in a fixed order so the text is deterministic.
        var sorted = items.OrderByDescending(i => i.Value).ToArray();
        var text = new System.Text.StringBuilder(sorted[0].Name);
        for (var i = 1; i < sorted.Length; i++)
        {
            text.Append(sorted[i].Value == sorted[i - 1].Value ? " = " : " > ").Append(sorted[i].Name);
        }

        return text.ToString();
    }

    /// <summary>True when every payoff is a finite number.</summary>
    public bool IsFinite => double.IsFinite(CC) && double.IsFinite(CD) && double.IsFinite(DC) && double.IsFinite(DD);
}
