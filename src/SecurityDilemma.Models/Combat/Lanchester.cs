namespace SecurityDilemma.Models.Combat;

/// <summary>Lanchester's (1916) attrition laws, integrated numerically with the invariant checked.</summary>
/// <remarks>
/// Square law (aimed fire): dA/dt = -b*B, dB/dt = -a*A, with a and b each side's per-unit killing rate. Then
/// d/dt (a*A^2 - b*B^2) = 0, so A wins iff a*A0^2 &gt; b*B0^2 and keeps sqrt((a*A0^2 - b*B0^2)/a) units: doubling
/// numbers is worth quadrupling quality. Linear law (Lanchester's ancient, one-on-one combat): dA/dt = -b,
/// dB/dt = -a while both sides stand; a*A - b*B is conserved, A wins iff a*A0 &gt; b*B0 and keeps (a*A0 - b*B0)/a.
/// Lanchester's area-fire form dA/dt = -b*A*B, dB/dt = -a*A*B has the same paths in (A, B), hence the same
/// winner and survivors, only a different clock. The integrator is classical fourth-order Runge-Kutta with a
/// fixed step; the step that crosses zero is bisected so the battle ends where the loser reaches zero.
/// </remarks>
public static class Lanchester
{
    private const int StepsPerScale = 4000;
    private const double HorizonScales = 100;

    /// <summary>The conserved quantity: a*A^2 - b*B^2 (square) or a*A - b*B (linear).</summary>
    public static double Invariant(LanchesterLaw law, double forceA, double forceB, double effectivenessA, double effectivenessB)
        => law == LanchesterLaw.Square
            ? (effectivenessA * forceA * forceA) - (effectivenessB * forceB * forceB)
            : (effectivenessA * forceA) - (effectivenessB * forceB);

    /// <summary>
    /// Fights a battle between A (<paramref name="forceA"/> units, each killing <paramref name="effectivenessA"/> of B per
    /// unit time) and B until one side is destroyed. An exact square-law balance never ends; it is reported as a draw
    /// after 100 characteristic times 1/sqrt(a*b).
    /// </summary>
    public static LanchesterBattle Fight(double forceA, double forceB, double effectivenessA, double effectivenessB, LanchesterLaw law)
    {
        if (!(forceA > 0) || !(forceB > 0) || !double.IsFinite(forceA) || !double.IsFinite(forceB))
        {
            throw new ArgumentOutOfRangeException(nameof(forceA), "both forces must be positive");
        }

        if (!(effectivenessA > 0) || !(effectivenessB > 0) || !double.IsFinite(effectivenessA) || !double.IsFinite(effectivenessB))
        {
            throw new ArgumentOutOfRangeException(nameof(effectivenessA), "both effectiveness coefficients must be positive");
        }

        var a = effectivenessA;
        var b = effectivenessB;

        // The natural time scale: 1/sqrt(ab) for aimed fire; for one-on-one combat the time the first side lasts.
        var scale = law == LanchesterLaw.Square ? 1 / Math.Sqrt(a * b) : Math.Min(forceA / b, forceB / a);
        var dt = scale / StepsPerScale;
        var horizon = scale * HorizonScales;
        var start = Invariant(law, forceA, forceB, a, b);
        var size = law == LanchesterLaw.Square ? (a * forceA * forceA) + (b * forceB * forceB) : (a * forceA) + (b * forceB);

        double x = forceA, y = forceB, t = 0;
        var steps = 0;
        while (t < horizon)
        {
            var (nx, ny) = Step(law, a, b, x, y, dt);
            steps++;
            if (nx > 0 && ny > 0)
            {
                (x, y, t) = (nx, ny, t + dt);
                continue;
            }

            // The step crosses zero: bisect its length for the moment the first side is destroyed.
            double lo = 0, hi = dt;
            for (var i = 0; i < 60; i++)
            {
                var mid = (lo + hi) / 2;
                var (mx, my) = Step(law, a, b, x, y, mid);
                if (mx > 0 && my > 0)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            var (ex, ey) = Step(law, a, b, x, y, hi);
            t += hi;
            x = Math.Max(ex, 0);
            y = Math.Max(ey, 0);

            // Within the bisection tolerance both can reach zero together: an exact linear-law draw.
            var tolerance = 1e-9 * (forceA + forceB);
            if (x <= tolerance && y <= tolerance)
            {
                x = y = 0;
            }
            else if (x <= tolerance)
            {
                x = 0;
            }
            else
            {
                y = 0;
            }

            var end = Invariant(law, x, y, a, b);
            var winner = x > 0 ? "A" : y > 0 ? "B" : "draw";
            return new LanchesterBattle(law, winner, t, x, y, start, end, Math.Abs(end - start) / size, steps);
        }

        var final = Invariant(law, x, y, a, b);
        return new LanchesterBattle(law, "draw", t, x, y, start, final, Math.Abs(final - start) / size, steps);
    }

    private static (double X, double Y) Step(LanchesterLaw law, double a, double b, double x, double y, double h)
    {
        if (law == LanchesterLaw.Linear)
        {
            // Constant attrition: RK4 is exact here.
            return (x - (b * h), y - (a * h));
        }

        // Classical RK4 for dx = -b*y, dy = -a*x.
        var k1x = -b * y;
        var k1y = -a * x;
        var k2x = -b * (y + (h / 2 * k1y));
        var k2y = -a * (x + (h / 2 * k1x));
        var k3x = -b * (y + (h / 2 * k2y));
        var k3y = -a * (x + (h / 2 * k2x));
        var k4x = -b * (y + (h * k3y));
        var k4y = -a * (x + (h * k3x));
        return (x + (h / 6 * (k1x + (2 * k2x) + (2 * k3x) + k4x)), y + (h / 6 * (k1y + (2 * k2y) + (2 * k3y) + k4y)));
    }
}
