using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Formcast.Server.Infrastructure;

/// <summary>Query-string days (yyyy-MM-dd): a missing value is null, a malformed one a 400 ProblemDetails naming the parameter.</summary>
internal static class QueryDates
{
    public static bool TryParse(string? text, string name, out DateOnly? day, out ProblemHttpResult? problem)
    {
        day = null;
        problem = null;
        if (text is null) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        problem = BadRequest("Bad date", $"{name} '{text}' is not a yyyy-MM-dd date");
        return false;
    }

    public static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);
}
