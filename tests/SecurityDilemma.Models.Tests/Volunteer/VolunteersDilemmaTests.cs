using SecurityDilemma.Models.Volunteer;

namespace SecurityDilemma.Models.Tests.Volunteer;

public class VolunteersDilemmaTests
{
    [Theory]
    [InlineData(2, 0.25)]
    [InlineData(3, 0.3536)]
    [InlineData(4, 0.3969)]
    [InlineData(5, 0.4204)]
    public void Diekmann1985_VolunteersDilemma_ProbabilityNobodyBalances(int n, double nobody)
    {
        // Diekmann (1985), "Volunteer's Dilemma", J. Conflict Resolution 29(4): q = 1 - (c/b)^(1/(n-1)),
        // P(nobody) = (c/b)^(n/(n-1)); c/b = 0.5 gives 0.25, 0.3536, 0.3969, 0.4204 for n = 2..5.
        var e = VolunteersDilemma.Solve(n, 1, 2);
        Assert.Equal(nobody, e.NobodyProbability, 4);
        Assert.Equal(1 - Math.Pow(0.5, 1.0 / (n - 1)), e.VolunteerProbability, 12);

        // Independent check: P(nobody) is the chance that all n independently pass.
        Assert.Equal(Math.Pow(1 - e.VolunteerProbability, n), e.NobodyProbability, 12);

        // Indifference: volunteering (b - c) equals passing (b times the chance someone else volunteers).
        Assert.Equal(2 - 1, 2 * (1 - Math.Pow(1 - e.VolunteerProbability, n - 1)), 12);
    }

    [Fact]
    public void InvalidInputs_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VolunteersDilemma.Solve(1, 1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => VolunteersDilemma.Solve(3, 2, 1));
    }
}
