namespace SecurityDilemma.Models.Trust;

/// <summary>Bayesian updating of trust, the belief that another state is a security seeker (Kydd 2005).</summary>
public static class BayesianTrust
{
    /// <summary>
    /// Posterior trust after observing an action that a security seeker takes with probability
    /// <paramref name="likelihoodIfSecuritySeeker"/> and a greedy state with probability
    /// <paramref name="likelihoodIfGreedy"/>: mu' = mu*s_S / (mu*s_S + (1 - mu)*s_G) (Kydd 2005, ch. 2).
    /// When both likelihoods are zero the observation is uninformative and the prior is returned.
    /// </summary>
    public static double Update(double prior, double likelihoodIfSecuritySeeker, double likelihoodIfGreedy)
    {
        var num = prior * likelihoodIfSecuritySeeker;
        var den = num + ((1.0 - prior) * likelihoodIfGreedy);
        return den <= 0.0 ? prior : num / den;
    }

    /// <summary>
    /// Posterior after observing j arm, given the probabilities that a security seeker (s_S) and a greedy state
    /// (s_G) arm. Arming lowers trust exactly when greedy states arm more often (s_G &gt; s_S): the spiral.
    /// </summary>
    public static double UpdateOnArming(double prior, double armIfSecuritySeeker, double armIfGreedy)
        => Update(prior, armIfSecuritySeeker, armIfGreedy);

    /// <summary>Posterior after observing j show restraint (not arm): likelihoods 1 - s_S and 1 - s_G.</summary>
    public static double UpdateOnRestraint(double prior, double armIfSecuritySeeker, double armIfGreedy)
        => Update(prior, 1.0 - armIfSecuritySeeker, 1.0 - armIfGreedy);
}
