using SecurityDilemma.Web.Explore;
using SecurityDilemma.Web.Hosting;
using SecurityDilemma.Web.Play;

namespace SecurityDilemma.Web.Api;

/// <summary>The classroom API: open a room, join, start, see one's state, decide, advance, debrief.</summary>
internal static class PlayEndpoints
{
    public static void Map(WebApplication app)
    {
        var limits = app.Services.GetRequiredService<ServerLimits>();
        var factory = app.Services.GetRequiredService<ScenarioFactory>();
        var rooms = app.Services.GetRequiredService<RoomRegistry>();

        app.MapPost("/api/rooms", async (HttpContext ctx) =>
        {
            var request = await RequestBody.Read<CreateRoomRequest>(ctx.Request, limits, ctx.RequestAborted);
            var years = ApiException.InRange(request.Years, 10, 1, limits.MaxGameYears, "years");
            var turn = ApiException.InRange(request.TurnSeconds, 60, 2, 600, "turn_seconds");
            var (scenario, document) = factory.Prepare(request.Scenario ?? throw ApiException.BadRequest("scenario is missing", "scenario", "a shipped scenario's name"),
                null, request.Seed, years, null);
            var room = rooms.Open(scenario, document!, TimeSpan.FromSeconds(turn));
            return Results.Json(new { room.Code, room.TeacherToken, Scenario = scenario.Name, States = scenario.States.Select(s => s.Name), scenario.Years }, WebJson.Options, statusCode: 201);
        })
            .WithSummary("Opens a game room; the answer carries the join code and the teacher's token.")
            .Accepts<CreateRoomRequest>("application/json").Produces(201).Produces<ApiError>(400).Produces<ApiError>(404).Produces<ApiError>(429);

        app.MapPost("/api/rooms/{code}/join", async (HttpContext ctx, string code) =>
        {
            var room = rooms.Get(code);
            var request = await RequestBody.Read<JoinRequest>(ctx.Request, limits, ctx.RequestAborted);
            var name = request.Name?.Trim();
            if (string.IsNullOrEmpty(name) || name.Length > 40)
            {
                throw ApiException.BadRequest("name must be 1 to 40 characters", "name", "the student's name or nickname");
            }

            var player = room.Join(name);
            return Results.Json(new { player.Token, State = room.Scenario.States[player.State].Name }, WebJson.Options, statusCode: 201);
        })
            .WithSummary("A student joins a room in its lobby and is given a state to lead and a token.")
            .Accepts<JoinRequest>("application/json").Produces(201).Produces<ApiError>(400).Produces<ApiError>(404).Produces<ApiError>(409);

        app.MapPost("/api/rooms/{code}/start", async (HttpContext ctx, string code) =>
        {
            var room = rooms.Get(code);
            Teacher(room, await RequestBody.Read<TokenRequest>(ctx.Request, limits, ctx.RequestAborted));
            room.Start();
            return Results.Json(room.PublicView(), WebJson.Options);
        })
            .WithSummary("The teacher starts the game (at least one student must have joined).")
            .Accepts<TokenRequest>("application/json").Produces(200).Produces<ApiError>(403).Produces<ApiError>(404).Produces<ApiError>(409);

        app.MapPost("/api/rooms/{code}/advance", async (HttpContext ctx, string code) =>
        {
            var room = rooms.Get(code);
            Teacher(room, await RequestBody.Read<TokenRequest>(ctx.Request, limits, ctx.RequestAborted));
            room.Advance();
            return Results.Json(room.PublicView(), WebJson.Options);
        })
            .WithSummary("The teacher ends the turn now; students who have not chosen keep last year's spending and mix.")
            .Accepts<TokenRequest>("application/json").Produces(200).Produces<ApiError>(403).Produces<ApiError>(404).Produces<ApiError>(409);

        app.MapGet("/api/rooms/{code}", (string code, string? token) =>
        {
            var room = rooms.Get(code);
            var player = room.PlayerOf(token);
            if (token is not null && player is null && token != room.TeacherToken)
            {
                throw Forbidden(room);
            }

            return Results.Json(player is null ? room.PublicView() : room.PlayerView(player), WebJson.Options);
        })
            .WithSummary("The room as its holder may see it: a student's token gives her state's view; no token or the teacher's gives the room's status.")
            .Produces(200).Produces<ApiError>(403).Produces<ApiError>(404);

        app.MapPost("/api/rooms/{code}/decisions", async (HttpContext ctx, string code) =>
        {
            var room = rooms.Get(code);
            var request = await RequestBody.Read<DecisionRequest>(ctx.Request, limits, ctx.RequestAborted);
            var player = room.PlayerOf(request.Token) ?? throw Forbidden(room);
            room.Decide(player, request);
            return Results.Json(room.PlayerView(player), WebJson.Options, statusCode: 202);
        })
            .WithSummary("A student's choices for the coming year; the year resolves when every student has chosen or the turn ends.")
            .Accepts<DecisionRequest>("application/json").Produces(202).Produces<ApiError>(400).Produces<ApiError>(403).Produces<ApiError>(404).Produces<ApiError>(409);

        app.MapGet("/api/rooms/{code}/debrief", async (string code) => Results.Json(await rooms.Get(code).Debrief(), WebJson.Options))
            .WithSummary("After the last year: true motives, each state's trust in each student over time, wars, metrics, a reading, the diagnosis and the lens readings.")
            .Produces(200).Produces<ApiError>(404).Produces<ApiError>(409);
    }

    private static void Teacher(GameRoom room, TokenRequest request)
    {
        if (request.Token != room.TeacherToken)
        {
            throw new ApiException(StatusCodes.Status403Forbidden, new ApiError($"only the teacher who opened room {room.Code} can do this", "token"));
        }
    }

    private static ApiException Forbidden(GameRoom room) =>
        new(StatusCodes.Status403Forbidden, new ApiError($"this token does not belong to room {room.Code}", "token"));
}
