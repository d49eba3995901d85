namespace SecurityDilemma.Web.Api;

/// <summary>A client's mistake, answered with <see cref="Status"/> and <see cref="Body"/> (never a 500).</summary>
internal sealed class ApiException(int status, ApiError body) : Exception(body.Error)
{
    public int Status { get; } = status;

    public ApiError Body { get; } = body;

    public static ApiException BadRequest(string error, string? field = null, string? expected = null) =>
        new(StatusCodes.Status400BadRequest, new ApiError(error, field, Expected: expected));

    public static ApiException NotFound(string error, string? field = null) =>
        new(StatusCodes.Status404NotFound, new ApiError(error, field));

    public static ApiException Conflict(string error) => new(StatusCodes.Status409Conflict, new ApiError(error));

    /// <summary>A value outside [<paramref name="min"/>, <paramref name="max"/>]; NaN is outside every range.</summary>
    public static double InRange(double? value, double fallback, double min, double max, string field)
    {
        var v = value ?? fallback;
        if (!(v >= min && v <= max))
        {
            throw BadRequest($"{field} = {v} is out of range", field, $"a number from {min} to {max}");
        }

        return v;
    }

    /// <summary>An integer outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int InRange(int? value, int fallback, int min, int max, string field)
    {
        var v = value ?? fallback;
        if (v < min || v > max)
        {
            throw BadRequest($"{field} = {v} is out of range", field, $"an integer from {min} to {max}");
        }

        return v;
    }
}
