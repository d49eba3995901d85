using SecurityDilemma.Models.Randomness;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine.Components;

/// <summary>
/// Per directed dyad i -> j: i's trust that j is a security seeker (as log-odds), its band for events, and the balance i
/// perceives across the border; per observer, its four observation streams.
/// </summary>
internal sealed class Beliefs
{
    /// <summary>log(trust / (1 - trust)); padded by one vector for the row passes.</summary>
    public readonly double[] LogOdds;

    /// <summary>The trust band last reported (quarters of [0, 1]).</summary>
    public readonly byte[] TrustBand;

    /// <summary>The observer leader's perceived balance times the border's defensibility, and its inverse; padded.</summary>
    public readonly double[] BalancePerceived;
    public readonly double[] InvBalancePerceived;

    /// <summary>Per observer: four lanes, so the row pass draws four dyads' noise at once.</summary>
    public readonly Xoshiro256x4[] Rng;

    public Beliefs(Scenario scenario, Topology topology, ulong seed, double maxLogOdds)
    {
        var n = topology.N;
        var m = topology.M;
        LogOdds = new double[m + Topology.Lanes];
        BalancePerceived = new double[m + Topology.Lanes];
        InvBalancePerceived = new double[m + Topology.Lanes];
        TrustBand = new byte[m];
        Rng = new Xoshiro256x4[n];
        for (var i = 0; i < n; i++)
        {
            var s = scenario.States[i];
            Rng[i] = new Xoshiro256x4([
                SeedTree.Derive(seed, [1UL, (ulong)i, 0UL]), SeedTree.Derive(seed, [1UL, (ulong)i, 1UL]),
                SeedTree.Derive(seed, [1UL, (ulong)i, 2UL]), SeedTree.Derive(seed, [1UL, (ulong)i, 3UL])]);
            var prior = Math.Clamp(LogOddsOf(s.PriorTrust), -maxLogOdds, maxLogOdds);
            for (var e = topology.RowStart[i]; e < topology.RowStart[i + 1]; e++)
            {
                LogOdds[e] = prior;
                TrustBand[e] = BandOf(s.PriorTrust);
            }
        }
    }

    public static double LogOddsOf(double p) =>
        p <= 0.0 ? double.NegativeInfinity : p >= 1.0 ? double.PositiveInfinity : Math.Log(p / (1.0 - p));

    public static double TrustOf(double logOdds) => 1.0 / (1.0 + Math.Exp(-logOdds));

    public static byte BandOf(double trust) => trust < 0.25 ? (byte)0 : trust < 0.5 ? (byte)1 : trust < 0.75 ? (byte)2 : (byte)3;

    /// <summary>Mean trust over the first <paramref name="m"/> dyads of <paramref name="logOdds"/> (1 when there are none: nobody to fear).</summary>
    public static double MeanTrust(double[] logOdds, int m)
    {
        if (m == 0)
        {
            return 1.0;
        }

        var sum = 0.0;
        for (var e = 0; e < m; e++)
        {
            sum += TrustOf(logOdds[e]);
        }

        return sum / m;
    }
}
