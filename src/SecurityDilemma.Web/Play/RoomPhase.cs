namespace SecurityDilemma.Web.Play;

/// <summary>Where a game room is: waiting for players, playing year by year, or over (the debrief is open).</summary>
internal enum RoomPhase
{
    Lobby,
    Playing,
    Finished,
}
