using Microsoft.AspNetCore.Http;

namespace Dateline.Web.Security;

/// <summary>
/// The first middleware: adds the security headers to every response (also error responses) and refuses
/// over-long query strings and request bodies before any query runs.
/// </summary>
internal static class RequestGuard
{
    public static Func<HttpContext, RequestDelegate, Task> Create(DatelineWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (context, next) =>
        {
            var response = context.Response;
            response.OnStarting(() =>
            {
                SecurityHeaders.Apply(response);
                if (!response.Headers.ContainsKey("Cache-Control"))
                {
                    response.Headers.CacheControl = context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal) ? "no-store" : "no-cache";
                }

                return Task.CompletedTask;
            });

            var request = context.Request;
            if (request.QueryString.Value is { } query && query.Length > options.MaxQueryStringLength)
            {
                return Reject(context, StatusCodes.Status414UriTooLong, "Query too long", $"The query string is longer than {options.MaxQueryStringLength} characters.");
            }

            if (request.ContentLength > options.MaxRequestBodyBytes)
            {
                return Reject(context, StatusCodes.Status413PayloadTooLarge, "Request too large", $"Request bodies are limited to {options.MaxRequestBodyBytes} bytes.");
            }

            return next(context);
        };
    }

    private static Task Reject(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(context);
}
