using System.Globalization;
using System.Threading.RateLimiting;
using Dateline.Web.Access;
using Dateline.Web.Api;
using Dateline.Web.Security;
using Dateline.Web.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dateline.Web;

/// <summary>
/// Builds the web host: the read-only JSON API under <c>/api</c>, its OpenAPI document at
/// <c>/openapi/v1.json</c>, and the embedded UI, behind request limits, a rate limiter and security headers.
/// </summary>
public static class DatelineWebApp
{
    /// <summary>
    /// Builds (does not start) the application. Throws <see cref="AccessConfigurationException"/> when
    /// <see cref="DatelineWebOptions.Urls"/> name a non-loopback address and there are neither tokens nor
    /// <see cref="DatelineWebOptions.Public"/>. <paramref name="configure"/> may change the builder before
    /// it is built (tests use it to swap Kestrel for an in-memory test server).
    /// </summary>
    public static WebApplication Build(DatelineWebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        AccessPolicy.Verify(options.Urls, options.Tokens, options.Public);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DatelineWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
            Args = [],
        });
        builder.Logging.ClearProviders();
        if (options.LogRequests)
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        }

        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = Math.Max(1024, options.MaxQueryStringLength + 1024);
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 50;
        });

        builder.Services.AddSingleton(options.Queries);
        if (options.Stories is { } stories)
        {
            builder.Services.AddSingleton(stories);
        }
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Dateline API";
            document.Info.Description = "Read-only queries over a Dateline corpus: search with facets, articles with their annotations, quotes, entities and timelines.";
            return Task.CompletedTask;
        }));
        if (options.RequestsPerMinute > 0)
        {
            builder.Services.AddRateLimiter(limiter =>
            {
                limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "local",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = options.RequestsPerMinute,
                            Window = TimeSpan.FromMinutes(1),
                            QueueLimit = 0,
                        }));
                limiter.OnRejected = async (rejected, cancellationToken) =>
                {
                    if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    {
                        rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                    }

                    await TypedResults.Problem(
                        detail: $"More than {options.RequestsPerMinute} requests a minute from this address; try again shortly.",
                        statusCode: StatusCodes.Status429TooManyRequests,
                        title: "Too many requests").ExecuteAsync(rejected.HttpContext).ConfigureAwait(false);
                };
            });
        }

        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.Use(RequestGuard.Create(options));
        app.UseStatusCodePages();
        if (options.RequestsPerMinute > 0)
        {
            app.UseRateLimiter();
        }

        // After the rate limiter, so that guessing tokens counts against the client's limit.
        if (options.Tokens is { } tokens)
        {
            app.Use(AccessGuard.Create(tokens));
        }

        app.MapOpenApi();
        app.MapDatelineApi();
        app.MapStoryApi();
        EmbeddedUi.Load().Map(app);
        return app;
    }
}
