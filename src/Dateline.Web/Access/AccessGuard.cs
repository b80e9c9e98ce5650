using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Dateline.Web.Access;

/// <summary>
/// Middleware for a host with tokens: every request under <c>/api</c> and <c>/openapi</c> needs
/// <c>Authorization: Bearer TOKEN</c> with one of the tokens, else it gets 401 (a problem detail with
/// <c>WWW-Authenticate: Bearer</c>, no data) before any query runs. The UI's static files stay open so that
/// the page can load and ask for the token.
/// </summary>
internal static class AccessGuard
{
    private const string Scheme = "Bearer";

    public static Func<HttpContext, RequestDelegate, Task> Create(AccessTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return (context, next) =>
        {
            var path = context.Request.Path;
            if (!path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase))
            {
                return next(context);
            }

            var presented = BearerToken(context.Request.Headers.Authorization.ToString());
            if (tokens.Accepts(presented))
            {
                return next(context);
            }

            context.Response.Headers[HeaderNames.WWWAuthenticate] = presented is null
                ? "Bearer realm=\"dateline\""
                : "Bearer realm=\"dateline\", error=\"invalid_token\"";
            var detail = presented is null
                ? "This server needs a bearer token: send 'Authorization: Bearer TOKEN'."
                : "The bearer token was not accepted.";
            return TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized").ExecuteAsync(context);
        };
    }

    /// <summary>The token of an <c>Authorization: Bearer TOKEN</c> header (scheme in any case), or null.</summary>
    internal static string? BearerToken(string header)
    {
        var value = header.Trim();
        if (value.Length <= Scheme.Length || !value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || !char.IsWhiteSpace(value[Scheme.Length]))
        {
            return null;
        }

        var token = value[(Scheme.Length + 1)..].Trim();
        return token.Length > 0 ? token : null;
    }
}
