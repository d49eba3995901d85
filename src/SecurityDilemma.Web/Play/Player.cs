namespace SecurityDilemma.Web.Play;

/// <summary>A student in a room: her secret token, the name she gave and the state she leads.</summary>
internal sealed record Player(string Token, string Name, int State);
