using System.Net;
using System.Text.Json;

namespace Dateline.Web.Tests;

public sealed class HostTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private HttpClient Client => fixture.Client;

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/index.html", "text/html")]
    [InlineData("/article.html", "text/html")]
    [InlineData("/entity.html", "text/html")]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/js/search.js", "text/javascript")]
    [InlineData("/js/highlight.js", "text/javascript")]
    [InlineData("/api/search?q=budget", "application/json")]
    public async Task Pages_assets_and_api_answers_carry_the_security_headers(string url, string mediaType)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Error_answers_carry_the_security_headers_too()
    {
        using var response = await Client.GetAsync("/api/search?limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ui_uses_no_inline_script_and_nothing_from_other_hosts()
    {
        foreach (var page in new[] { "/", "/article.html", "/entity.html" })
        {
            var html = await Client.GetStringAsync(page);
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
            Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
            Assert.Contains("class=\"skip-link\"", html, StringComparison.Ordinal);
            Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_ui_scripts_never_assign_html_from_data()
    {
        foreach (var script in new[] { "dom", "api", "token", "search", "article", "highlight", "tooltip", "entity", "chart" })
        {
            var js = await Client.GetStringAsync($"/js/{script}.js");
            Assert.DoesNotContain("innerHTML", js, StringComparison.Ordinal);
            Assert.DoesNotContain("outerHTML", js, StringComparison.Ordinal);
            Assert.DoesNotContain("insertAdjacentHTML", js, StringComparison.Ordinal);
            Assert.DoesNotContain("document.write", js, StringComparison.Ordinal);
            Assert.DoesNotContain("eval(", js, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Static_files_are_revalidated_with_etags()
    {
        using var first = await Client.GetAsync("/js/dom.js");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/js/dom.js");
        request.Headers.IfNoneMatch.Add(tag);
        using var second = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Unknown_paths_are_404_and_writes_are_not_allowed()
    {
        using var missing = await Client.GetAsync("/no/such/page.html");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var post = await Client.PostAsync("/api/search", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task Over_long_query_strings_are_refused_before_any_query_runs()
    {
        using var response = await Client.GetAsync("/api/search?q=a&x=" + new string('b', 3000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Large_request_bodies_are_refused()
    {
        using var content = new ByteArrayContent(new byte[64 * 1024]);
        using var response = await Client.PostAsync("/api/search", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        using var response = await Client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Dateline API", document.GetProperty("info").GetProperty("title").GetString());
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/articles/{id}", "/api/quotes", "/api/entities", "/api/entity", "/api/timeline", "/api/stats" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"missing {path}");
        }

        Assert.False(paths.TryGetProperty("/index.html", out _));
    }
}
