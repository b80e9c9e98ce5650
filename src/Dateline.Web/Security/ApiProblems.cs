using Microsoft.AspNetCore.Http;

namespace Dateline.Web.Security;

/// <summary>Error answers as RFC 9457 problem details (<c>application/problem+json</c>) with a one-line message.</summary>
internal static class ApiProblems
{
    public static IResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Unavailable(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Store unavailable");
}
