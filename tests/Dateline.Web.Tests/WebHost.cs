using Dateline.Web.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Dateline.Web.Tests;

/// <summary>The web app over a test corpus on an in-memory test server.</summary>
public sealed class WebHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<WebHost> StartAsync(TestCorpus corpus, int requestsPerMinute = 0, AccessTokens? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var app = DatelineWebApp.Build(
            new DatelineWebOptions { Queries = corpus.Store.Queries, Stories = corpus.Store.Stories, RequestsPerMinute = requestsPerMinute, Tokens = tokens },
            builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new WebHost(app, app.GetTestClient());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
