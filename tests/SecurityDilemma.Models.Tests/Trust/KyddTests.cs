using SecurityDilemma.Models.Games;
using SecurityDilemma.Models.Trust;

namespace SecurityDilemma.Models.Tests.Trust;

public class KyddTests
{
    [Fact]
    public void Kydd2005_TrustworthyPlayerCooperatesIffTrustAtLeastThreshold()
    {
        // Kydd (2005), Trust and Mistrust in International Relations, ch. 2: CC = 1, DD = 0, exploited -c,
        // exploiting t_i; a trustworthy player cooperates iff pi_j >= c / (1 + c - t_i). c = 0.5, t = 0.5: 0.5.
        Assert.Equal(0.5, KyddGame.CooperationThreshold(0.5, 0.5), 12);

        // c = 1, t = 0.2: 1 / 1.8.
        var threshold = KyddGame.CooperationThreshold(1, 0.2);
        Assert.Equal(1 / 1.8, threshold, 12);

        // Independent check through the 2x2 game: at the threshold both moves earn the same.
        var u = KyddGame.Payoffs(1, 0.2);
        Assert.Equal((threshold * u.CC) + ((1 - threshold) * u.CD), (threshold * u.DC) + ((1 - threshold) * u.DD), 12);
        Assert.True(KyddGame.Cooperates(0.56, 1, 0.2));
        Assert.False(KyddGame.Cooperates(0.55, 1, 0.2));
    }

    [Fact]
    public void Kydd2005_UntrustworthyTypeNeverCooperates_AndItsGameIsAPrisonersDilemma()
    {
        Assert.False(KyddGame.IsTrustworthy(1.5));
        Assert.False(KyddGame.Cooperates(1.0, 0.5, 1.5));
        Assert.Equal(GameType.PrisonersDilemma, GameClassifier.Classify(KyddGame.Payoffs(0.5, 1.5)));
        Assert.Equal(GameType.StagHunt, GameClassifier.Classify(KyddGame.Payoffs(0.5, 0.5)));
    }

    [Fact]
    public void Kydd2005_BayesianUpdateAfterArming()
    {
        // Kydd (2005, ch. 2): mu' = mu*s_S / (mu*s_S + (1 - mu)*s_G). mu = 0.5, s_S = 0.2, s_G = 0.8: 0.1 / 0.5 = 0.2.
        Assert.Equal(0.2, BayesianTrust.UpdateOnArming(0.5, 0.2, 0.8), 12);

        // Restraint is evidence the other way: 0.5*0.8 / (0.5*0.8 + 0.5*0.2) = 0.8.
        Assert.Equal(0.8, BayesianTrust.UpdateOnRestraint(0.5, 0.2, 0.8), 12);

        // Arming that both types do equally often teaches nothing.
        Assert.Equal(0.3, BayesianTrust.UpdateOnArming(0.3, 0.6, 0.6), 12);
    }

    [Fact]
    public void Kydd2005_CostlySignalSeparatesIffBetweenTheTypesGains()
    {
        // Separation iff gain_untrustworthy <= s <= gain_trustworthy (Kydd 2005, ch. 7).
        var interval = CostlySignal.SeparatingInterval(gainTrustworthy: 0.6, gainUntrustworthy: 0.3);
        Assert.Equal(0.3, interval.Low);
        Assert.Equal(0.6, interval.High);
        Assert.True(interval.Separates(0.45));
        Assert.False(interval.Separates(0.2));
        Assert.False(interval.Separates(0.7));

        // After a separating signal trust is certain either way; a cheap signal both send teaches nothing.
        Assert.Equal(1.0, CostlySignal.TrustAfter(0.4, sent: true, interval, 0.45));
        Assert.Equal(0.0, CostlySignal.TrustAfter(0.4, sent: false, interval, 0.45));
        Assert.Equal(0.4, CostlySignal.TrustAfter(0.4, sent: true, interval, 0.2));

        // When the untrustworthy type gains more from trust, no cost separates.
        Assert.True(CostlySignal.SeparatingInterval(0.3, 0.6).IsEmpty);
    }
}
