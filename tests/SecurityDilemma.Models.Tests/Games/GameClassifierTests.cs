using SecurityDilemma.Models.Games;

namespace SecurityDilemma.Models.Tests.Games;

public class GameClassifierTests
{
    [Theory]
    [InlineData(3, 0, 5, 1, GameType.PrisonersDilemma)] // DC > CC > DD > CD
    [InlineData(4, 0, 3, 2, GameType.StagHunt)] // CC > DC > DD > CD (Jervis 1978)
    [InlineData(3, 1, 4, 0, GameType.Chicken)] // DC > CC > CD > DD
    [InlineData(2, 0, 4, 3, GameType.Deadlock)] // DC > DD > CC > CD
    [InlineData(4, 2, 3, 1, GameType.Harmony)] // CC > DC > CD > DD
    [InlineData(3, 3, 3, 1, GameType.Other)] // CC = DC: a tie in a deciding comparison
    [InlineData(1, 4, 3, 2, GameType.Other)] // CD > DC > DD > CC: Leader-like, none of the families
    public void CanonicalOrderings_AreClassified(double cc, double cd, double dc, double dd, GameType expected)
        => Assert.Equal(expected, GameClassifier.Classify(new PlayerPayoffs(cc, cd, dc, dd)));

    [Fact]
    public void AsymmetricGame_ReportsEachPlayersFamily()
    {
        var c = GameClassifier.Classify(new TwoByTwoGame(new PlayerPayoffs(3, 0, 5, 1), new PlayerPayoffs(2, 0, 4, 3)));
        Assert.Equal(GameType.PrisonersDilemma, c.Row);
        Assert.Equal(GameType.Deadlock, c.Column);
        Assert.Equal(GameType.Other, c.Type);
        Assert.False(c.IsSymmetric);
        Assert.Equal("DC > CC > DD > CD", c.RowOrdering);
        Assert.Equal("DC > DD > CC > CD", c.ColumnOrdering);
    }

    [Fact]
    public void Ordering_PrintsTies()
        => Assert.Equal("CC = DC > DD > CD", new PlayerPayoffs(3, 0, 3, 1).Ordering());
}
