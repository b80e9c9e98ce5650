using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dateline.Web.Access;

namespace Dateline.Web.Tests;

/// <summary>A host with bearer tokens: every API call needs one, the UI shell loads without.</summary>
public sealed class AccessApiTests : IAsyncLifetime
{
    private const string Token = "newsroom-token-7f3a9c";
    private const string OtherToken = "desk-token-41be02";

    private TestCorpus _corpus = null!;
    private WebHost _host = null!;

    public static TheoryData<string> ApiPaths => new()
    {
        "/api/stats",
        "/api/search?q=budget",
        "/api/search?q=budget&facets=true",
        "/api/articles/filler-0",
        "/api/articles/filler-0/copies",
        "/api/quotes",
        "/api/entities",
        "/api/entity?name=Springfield",
        "/api/timeline?name=Springfield",
        "/api/dupes",
        "/API/stats",
        "/openapi/v1.json",
    };

    private HttpClient Client => _host.Client;

    public async Task InitializeAsync()
    {
        _corpus = TestCorpus.FromDocuments([.. HandMadeArticles.Filler(3)]);
        _host = await WebHost.StartAsync(_corpus, tokens: AccessTokens.Parse(["# readers", Token, string.Empty, OtherToken]));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _corpus.Dispose();
    }

    [Theory]
    [MemberData(nameof(ApiPaths))]
    public async Task Without_a_token_the_api_answers_401_and_no_data(string path)
    {
        using var response = await Client.GetAsync(path);
        await AssertRefusedAsync(response, invalidToken: false);
    }

    [Theory]
    [InlineData("Bearer newsroom-token-7f3a9")]
    [InlineData("Bearer newsroom-token-7f3a9c0")]
    [InlineData("Bearer NEWSROOM-TOKEN-7F3A9C")]
    [InlineData("Bearer # readers")]
    [InlineData("Basic bmV3c3Jvb20tdG9rZW4tN2YzYTljOg==")]
    [InlineData("newsroom-token-7f3a9c")]
    public async Task With_a_wrong_token_the_api_answers_401_and_no_data(string authorization)
    {
        foreach (var path in new[] { "/api/articles/filler-0", "/api/search?q=budget" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
            using var response = await Client.SendAsync(request);
            await AssertRefusedAsync(response, invalidToken: authorization.StartsWith("Bearer ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Bearer " + Token)]
    [InlineData("bearer " + Token)]
    [InlineData("Bearer " + OtherToken)]
    public async Task With_a_right_token_the_api_answers(string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/articles/filler-0");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("Springfield", article.GetProperty("text").GetString(), StringComparison.Ordinal);

        using var search = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=budget");
        search.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        using var found = await Client.SendAsync(search);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(3, JsonDocument.Parse(await found.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/article.html")]
    [InlineData("/js/api.js")]
    [InlineData("/js/token.js")]
    [InlineData("/css/site.css")]
    public async Task The_ui_shell_loads_without_a_token(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, bool invalidToken)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{(int)response.StatusCode} {body}");
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Equal(invalidToken, challenge.Parameter?.Contains("invalid_token", StringComparison.Ordinal) ?? false);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
        foreach (var data in new[] { "Springfield", "Budget", "budget", "filler-", "Reuters", "hits", "articles\"" })
        {
            Assert.DoesNotContain(data, body, StringComparison.Ordinal);
        }

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
