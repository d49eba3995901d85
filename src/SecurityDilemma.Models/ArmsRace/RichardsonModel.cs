using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.OdeSolvers;

namespace SecurityDilemma.Models.ArmsRace;

/// <summary>
/// Richardson's (1960) arms race: dx/dt = k*y - a*x + g, dy/dt = l*x - b*y + h, where k and l are defence
/// coefficients (reaction to the rival's arms), a and b fatigue (the burden of one's own), g and h grievances.
/// </summary>
public sealed record RichardsonModel(double K, double A, double G, double L, double B, double H)
{
    /// <summary>a*b - k*l: the determinant of the linear system; zero means parallel reaction lines and no unique equilibrium.</summary>
    public double Determinant => (A * B) - (K * L);

    /// <summary>
    /// The equilibrium x* = (b*g + k*h)/(a*b - k*l), y* = (a*h + l*g)/(a*b - k*l) (Richardson 1960), or null when a*b = k*l.
    /// </summary>
    public RichardsonPoint? Equilibrium()
        => Determinant == 0 ? null : new RichardsonPoint(((B * G) + (K * H)) / Determinant, ((A * H) + (L * G)) / Determinant);

    /// <summary>
    /// True when every path converges to the equilibrium: for positive fatigue (a, b &gt; 0) iff a*b &gt; k*l
    /// (Richardson 1960). In general the matrix [[-a, k], [l, -b]] needs trace -(a + b) &lt; 0 and determinant a*b - k*l &gt; 0.
    /// </summary>
    public bool IsStable => Determinant > 0 && A + B > 0;

    /// <summary>The rates of change (dx/dt, dy/dt) at (x, y).</summary>
    public RichardsonPoint Derivative(double x, double y) => new((K * y) - (A * x) + G, (L * x) - (B * y) + H);

    /// <summary>
    /// Integrates the system from (x0, y0) over [0, duration] with the classical fourth-order Runge-Kutta method
    /// (MathNet.Numerics), returning <paramref name="points"/> equally spaced points including both ends.
    /// </summary>
    public RichardsonTrajectory Simulate(double x0, double y0, double duration, int points)
    {
        if (!(duration > 0) || !double.IsFinite(duration))
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "duration must be positive");
        }

        if (points < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "at least 2 points (start and end)");
        }

        var start = Vector<double>.Build.Dense([x0, y0]);

        // MathNet's N counts output points including both ends (STACK.md pitfall), so the step is duration / (points - 1).
        var states = RungeKutta.FourthOrder(start, 0.0, duration, points, (_, v) =>
        {
            var d = Derivative(v[0], v[1]);
            return Vector<double>.Build.Dense([d.X, d.Y]);
        });
        var times = new double[points];
        var xs = new double[points];
        var ys = new double[points];
        for (var i = 0; i < points; i++)
        {
            times[i] = duration * i / (points - 1);
            xs[i] = states[i][0];
            ys[i] = states[i][1];
        }

        return new RichardsonTrajectory(times, xs, ys);
    }
}
