using System.Net;

namespace Dateline.Web.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task A_client_over_its_rate_limit_gets_429_with_retry_after()
    {
        using var corpus = TestCorpus.Create();
        await using var host = await WebHost.StartAsync(corpus, requestsPerMinute: 3);
        for (var i = 0; i < 3; i++)
        {
            using var ok = await host.Client.GetAsync("/api/stats");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var refused = await host.Client.GetAsync("/api/stats");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("nosniff", refused.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
