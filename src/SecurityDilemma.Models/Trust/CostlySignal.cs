namespace SecurityDilemma.Models.Trust;

/// <summary>Costly reassurance signals (Kydd 2005, ch. 7; Spence 1973): when a signal tells the types apart.</summary>
/// <remarks>
/// A type's gain from being trusted is its payoff when the other treats it as trustworthy minus its payoff when
/// the other does not. A signal of cost s separates iff the trustworthy type will pay it and the untrustworthy
/// type will not: gain_untrustworthy &lt;= s &lt;= gain_trustworthy. When the untrustworthy type gains more from
/// being trusted (it would exploit the trust), no cost separates: the interval is empty and only a pooling
/// outcome remains.
/// </remarks>
public static class CostlySignal
{
    /// <summary>The separating interval [gain_untrustworthy, gain_trustworthy].</summary>
    public static SignalInterval SeparatingInterval(double gainTrustworthy, double gainUntrustworthy)
    {
        if (!double.IsFinite(gainTrustworthy) || !double.IsFinite(gainUntrustworthy))
        {
            throw new ArgumentOutOfRangeException(nameof(gainTrustworthy), "gains must be finite numbers");
        }

        return new SignalInterval(gainUntrustworthy, gainTrustworthy);
    }

    /// <summary>
    /// Trust after a separating signal: 1 if it was sent, 0 if not; after a pooling signal (both types send it
    /// or neither does) the prior is unchanged. This is <see cref="BayesianTrust.Update"/> with likelihoods 1 and 0.
    /// </summary>
    public static double TrustAfter(double prior, bool sent, SignalInterval interval, double cost)
    {
        var trustworthySends = cost <= interval.High;
        var untrustworthySends = cost < interval.Low;
        double Likelihood(bool sends) => sends == sent ? 1.0 : 0.0;
        return BayesianTrust.Update(prior, Likelihood(trustworthySends), Likelihood(untrustworthySends));
    }
}
