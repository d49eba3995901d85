namespace SecurityDilemma.Models.Volunteer;

/// <summary>
/// The symmetric mixed equilibrium of the volunteer's dilemma: each state volunteers (balances) with
/// <see cref="VolunteerProbability"/>; <see cref="NobodyProbability"/> is the chance that every state passes the buck.
/// Each state's expected payoff is benefit - cost, what volunteering guarantees.
/// </summary>
public sealed record VolunteerEquilibrium(int States, double Cost, double Benefit, double VolunteerProbability, double NobodyProbability, double ExpectedPayoff)
{
    /// <summary>The probability that at least one state balances.</summary>
    public double SomebodyProbability => 1 - NobodyProbability;
}
