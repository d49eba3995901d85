using System.Collections.Concurrent;
using System.Security.Cryptography;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Web.Api;
using SecurityDilemma.Web.Hosting;

namespace SecurityDilemma.Web.Play;

/// <summary>The server's open game rooms, by join code; rooms past their lifetime are closed when a new one is opened.</summary>
internal sealed class RoomRegistry(ServerLimits limits, TimeProvider clock) : IDisposable
{
    // Join codes avoid letters and digits that read alike (0/O, 1/I).
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int CodeLength = 6;

    private readonly ConcurrentDictionary<string, GameRoom> _rooms = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public int Count => _rooms.Count;

    public GameRoom Open(Scenario scenario, ScenarioDocument document, TimeSpan turn)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            foreach (var old in _rooms.Values.Where(r => now - r.Created > limits.RoomLifetime).ToList())
            {
                _rooms.TryRemove(old.Code, out _);
                old.Dispose();
            }

            if (_rooms.Count >= limits.MaxRooms)
            {
                throw new ApiException(StatusCodes.Status429TooManyRequests, new ApiError(
                    $"this server has {_rooms.Count} game rooms open, its limit; rooms close {limits.RoomLifetime.TotalHours:G} hours after they open"));
            }

            string code;
            do
            {
                code = new string(RandomNumberGenerator.GetItems<char>(CodeAlphabet, CodeLength));
            }
            while (_rooms.ContainsKey(code));

            var room = new GameRoom(code, scenario, document, limits.ReadingReplications, turn, clock);
            _rooms[code] = room;
            return room;
        }
    }

    /// <summary>The room <paramref name="code"/> (case-insensitive); 404 otherwise.</summary>
    public GameRoom Get(string code) =>
        _rooms.TryGetValue(code.ToUpperInvariant(), out var room)
            ? room
            : throw ApiException.NotFound($"no game room '{code}' on this server (codes have {CodeLength} characters; rooms close {limits.RoomLifetime.TotalHours:G} hours after they open)", "code");

    public void Dispose()
    {
        foreach (var room in _rooms.Values)
        {
            room.Dispose();
        }
    }
}
