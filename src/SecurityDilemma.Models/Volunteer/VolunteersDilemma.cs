namespace SecurityDilemma.Models.Volunteer;

/// <summary>The volunteer's dilemma (Diekmann 1985) as a model of buck passing among n states.</summary>
/// <remarks>
/// Each of n states gains b if at least one balances against a threat; balancing costs the balancer c (0 &lt; c &lt; b).
/// In the symmetric mixed equilibrium each is indifferent: b - c = b(1 - (1 - q)^(n - 1)), so it balances with
/// q = 1 - (c/b)^(1/(n - 1)) and nobody balances with probability (c/b)^(n/(n - 1)). That probability rises with n:
/// the more potential balancers, the likelier that all pass the buck (c/b = 0.5: n = 2 0.25, 3 0.3536, 4 0.3969, 5 0.4204).
/// </remarks>
public static class VolunteersDilemma
{
    /// <summary>The symmetric equilibrium for <paramref name="states"/> (&gt;= 2) states.</summary>
    public static VolunteerEquilibrium Solve(int states, double cost, double benefit)
    {
        if (states < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(states), states, "at least 2 states");
        }

        if (!(cost > 0 && cost < benefit) || !double.IsFinite(benefit))
        {
            throw new ArgumentOutOfRangeException(nameof(cost), cost, "0 < cost < benefit");
        }

        var ratio = cost / benefit;
        var pass = Math.Pow(ratio, 1.0 / (states - 1));
        var nobody = Math.Pow(ratio, (double)states / (states - 1));
        return new VolunteerEquilibrium(states, cost, benefit, 1 - pass, nobody, benefit - cost);
    }
}
