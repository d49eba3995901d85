namespace SecurityDilemma.Models.Games;

/// <summary>Finds every Nash equilibrium of a 2x2 game by support enumeration.</summary>
/// <remarks>
/// For each pair of supports (C, D or both for each player) the equilibria with exactly those supports
/// form a product set: the column's best-reply condition restricts the row's cooperation probability p,
/// and the row's condition restricts the column's q. Each condition is linear in one probability
/// (row's gain from C over D is g(q) = q(CC - DC) + (1 - q)(CD - DD)), so every set is a point, a segment
/// or a rectangle. A nondegenerate game (no pure strategy with two pure best replies) has an odd number of
/// isolated equilibria (Shapley 1974); a degenerate one may have continua, reported with their closure.
/// Nash (1950) guarantees the result is never empty. Comparisons are exact, so ties in the input are ties.
/// </remarks>
public static class NashEquilibria
{
    /// <summary>Every equilibrium of <paramref name="game"/>.</summary>
    public static EquilibriumAnalysis Find(TwoByTwoGame game)
    {
        var row = game.Row;
        var col = game.Column;

        // Row's gain from cooperating, as a function of the column's cooperation q: g(0) and g(1).
        var g0 = row.CD - row.DD;
        var g1 = row.CC - row.DC;

        // Column's gain from cooperating, as a function of the row's cooperation p: h(0) and h(1).
        var h0 = col.CD - col.DD;
        var h1 = col.CC - col.DC;

        var points = new List<Equilibrium>();
        var continua = new List<EquilibriumContinuum>();
        foreach (var rowSupport in Supports)
        {
            foreach (var columnSupport in Supports)
            {
                // Row's support fixes where p may lie; the column's support says which sign h(p) needs.
                var p = Solve(h0, h1, rowSupport, columnSupport);
                var q = Solve(g0, g1, columnSupport, rowSupport);
                if (p is not { } ps || q is not { } qs)
                {
                    continue;
                }

                if (ps.IsPoint && qs.IsPoint)
                {
                    var pure = rowSupport != Support.Both && columnSupport != Support.Both;
                    points.Add(new Equilibrium(ps.Low, qs.Low, game.ExpectedRowPayoff(ps.Low, qs.Low), game.ExpectedColumnPayoff(ps.Low, qs.Low), pure ? EquilibriumKind.Pure : EquilibriumKind.Mixed));
                }
                else
                {
                    continua.Add(new EquilibriumContinuum(ps, qs));
                }
            }
        }

        var reasons = new List<string>();
        if (row.CC == row.DC)
        {
            reasons.Add("row is indifferent between C and D when column cooperates (CC = DC)");
        }

        if (row.CD == row.DD)
        {
            reasons.Add("row is indifferent between C and D when column defects (CD = DD)");
        }

        if (col.CC == col.DC)
        {
            reasons.Add("column is indifferent between C and D when row cooperates (CC = DC)");
        }

        if (col.CD == col.DD)
        {
            reasons.Add("column is indifferent between C and D when row defects (CD = DD)");
        }

        // Closures of exact-support sets can nest (an all-ties game yields four edges and the square):
        // report only the maximal continua.
        var maximal = continua.Where((c, i) => !continua.Where((o, j) => j != i && Contains(o, c) && (!Contains(c, o) || j < i)).Any()).ToList();
        var ordered = points.OrderBy(e => e.Kind).ThenByDescending(e => e.RowCooperation).ThenByDescending(e => e.ColumnCooperation).ToList();
        return new EquilibriumAnalysis(ordered, maximal, reasons.Count > 0, reasons);
    }

    private enum Support
    {
        Cooperate,
        Defect,
        Both,
    }

    private static readonly Support[] Supports = [Support.Cooperate, Support.Defect, Support.Both];

    /// <summary>
    /// The closure of the set of own probabilities x allowed by <paramref name="own"/> support on which the
    /// opponent's gain f(x) = f0 + (f1 - f0) x has the sign its <paramref name="opponent"/> support needs;
    /// null when that set is empty.
    /// </summary>
    private static Interval? Solve(double f0, double f1, Support own, Support opponent)
    {
        switch (own)
        {
            case Support.Cooperate:
                return Satisfies(f1, opponent) ? Interval.Point(1) : null;
            case Support.Defect:
                return Satisfies(f0, opponent) ? Interval.Point(0) : null;
        }

        // Own support is both moves: x ranges over the open interval (0, 1). Decide by the signs of f at the ends,
        // not by where the computed root lands: a root within rounding of 0 or 1 is still strictly inside.
        var lowest = Math.Min(f0, f1);
        var highest = Math.Max(f0, f1);
        if (opponent == Support.Both)
        {
            if (f0 == 0 && f1 == 0)
            {
                return new Interval(0, 1);
            }

            return Math.Sign(f0) * Math.Sign(f1) < 0 ? Interval.Point(Root(f0, f1)) : null;
        }

        // f >= 0 (opponent cooperates) or f <= 0 (opponent defects) on part of (0, 1) more than a boundary point.
        var wantPositive = opponent == Support.Cooperate;
        if (wantPositive ? lowest >= 0 : highest <= 0)
        {
            return new Interval(0, 1);
        }

        if (wantPositive ? highest <= 0 : lowest >= 0)
        {
            return null;
        }

        var root = Root(f0, f1);
        var upper = wantPositive == (f1 > 0);
        return upper ? new Interval(root, 1) : new Interval(0, root);
    }

    /// <summary>Where f0 + (f1 - f0) x crosses zero, for f0 and f1 of opposite signs.</summary>
    private static double Root(double f0, double f1) => Math.Clamp(f0 / (f0 - f1), 0, 1);

    private static bool Contains(EquilibriumContinuum outer, EquilibriumContinuum inner)
        => outer.RowCooperation.Low <= inner.RowCooperation.Low && outer.RowCooperation.High >= inner.RowCooperation.High
        && outer.ColumnCooperation.Low <= inner.ColumnCooperation.Low && outer.ColumnCooperation.High >= inner.ColumnCooperation.High;

    private static bool Satisfies(double gain, Support opponent) => opponent switch
    {
        Support.Cooperate => gain >= 0,
        Support.Defect => gain <= 0,
        _ => gain == 0,
    };
}
