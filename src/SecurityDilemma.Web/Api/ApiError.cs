namespace SecurityDilemma.Web.Api;

/// <summary>The body of every 4xx answer: what went wrong, and where when it is a field of the input.</summary>
internal sealed record ApiError(string Error, string? Field = null, int? Line = null, int? Column = null, string? Expected = null);
