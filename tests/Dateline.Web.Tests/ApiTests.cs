using System.Net;
using System.Text.Json;
using Dateline.Search;

namespace Dateline.Web.Tests;

public sealed class ApiTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private HttpClient Client => fixture.Client;

    private async Task<JsonElement> GetJson(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Searching_sanctuary_finds_the_AP_article_with_highlighted_snippet_and_facets()
    {
        var results = await GetJson("/api/search?q=sanctuary");
        Assert.Equal("sanctuary", results.GetProperty("query").GetString());
        var hits = results.GetProperty("hits").EnumerateArray().ToList();
        var sample = hits.Single(h => h.GetProperty("docId").GetString() == fixture.Corpus.Sample.Id);
        Assert.Equal("2017-08-03", sample.GetProperty("date").GetString());
        var snippet = sample.GetProperty("snippet").GetString()!;
        var highlight = sample.GetProperty("highlights")[0];
        var marked = snippet[highlight.GetProperty("start").GetInt32()..highlight.GetProperty("end").GetInt32()];
        Assert.Equal("sanctuary", marked, ignoreCase: true);
        var facets = results.GetProperty("facets");
        foreach (var name in new[] { "people", "organizations", "places", "agencies", "months" })
        {
            Assert.Equal(JsonValueKind.Array, facets.GetProperty(name).ValueKind);
        }

        Assert.Contains(facets.GetProperty("months").EnumerateArray(), m => m.GetProperty("value").GetString() == "2017-08");
    }

    [Fact]
    public async Task Search_json_is_the_same_as_the_store_result_written_with_the_shared_options()
    {
        var expected = JsonSerializer.Serialize(
            fixture.Corpus.Store.Queries.Search(new Store.Queries.SearchQuery { Text = "budget", Limit = 5 }),
            Search.QueryJson.Options);
        var actual = await Client.GetStringAsync("/api/search?q=budget&limit=5");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Filters_narrow_the_search_and_dates_accept_months_and_years()
    {
        var all = await GetJson("/api/search?q=budget");
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        var march2 = await GetJson("/api/search?q=budget&from=2019-03-02&to=2019-03");
        Assert.Equal(2, march2.GetProperty("total").GetInt32());
        var agency = await GetJson("/api/search?agency=Reuters&from=2019");
        Assert.Equal(3, agency.GetProperty("total").GetInt32());
        var everyCopy = await GetJson("/api/search?q=budget&allCopies=true");
        Assert.Equal(3, everyCopy.GetProperty("total").GetInt32());
        var paged = await GetJson("/api/search?q=budget&limit=1&offset=1");
        Assert.Single(paged.GetProperty("hits").EnumerateArray());
        Assert.Equal(3, paged.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/search?q=%22unterminated", "invalid search query")]
    [InlineData("/api/search?q=budget&from=2019-13-01", "'from' is not a date")]
    [InlineData("/api/search?q=budget&to=yesterday", "'to' is not a date")]
    [InlineData("/api/search?q=budget&from=2019-05-01&to=2019-04-01", "is after 'to'")]
    [InlineData("/api/search?q=budget&limit=0", "'limit' must be from 1 to 100")]
    [InlineData("/api/search?q=budget&limit=101", "'limit' must be from 1 to 100")]
    [InlineData("/api/search?q=budget&limit=ten", "'limit' must be a whole number")]
    [InlineData("/api/search?q=budget&offset=-1", "'offset' must be from 0")]
    [InlineData("/api/search?q=budget&facets=maybe", "'facets' must be true or false")]
    [InlineData("/api/search?q=budget&allCopies=sometimes", "'allCopies' must be true or false")]
    [InlineData("/api/quotes?about=AND", "invalid search query")]
    [InlineData("/api/quotes?limit=100000", "'limit' must be from 1 to 500")]
    [InlineData("/api/entities?label=PERSON", "'label' must be one of")]
    [InlineData("/api/timeline", "'name' is required")]
    [InlineData("/api/timeline?name=Simonson&by=year", "'by' must be one of")]
    public async Task Bad_queries_get_400_with_a_problem_details_message(string url, string message)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(message, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_long_search_text_is_refused()
    {
        var problem = await GetJson("/api/search?q=" + new string('a', 501), HttpStatusCode.BadRequest);
        Assert.Contains("longer than 500", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_is_the_document_json_with_its_quotes()
    {
        var article = await GetJson($"/api/articles/{Uri.EscapeDataString(fixture.Corpus.Sample.Id)}");
        Assert.Equal(fixture.Corpus.Sample.Id, article.GetProperty("id").GetString());
        Assert.Equal("2017-08-03", article.GetProperty("date").GetString());
        Assert.Equal(fixture.Corpus.Sample.Text, article.GetProperty("text").GetString());
        var quotes = article.GetProperty("quotes").EnumerateArray().ToList();
        var simonson = quotes.Where(q => q.GetProperty("speaker").ValueKind == JsonValueKind.Object
            && (q.GetProperty("speaker").GetProperty("name").GetString() ?? q.GetProperty("speaker").GetProperty("text").GetString())!.Contains("Simonson", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, simonson.Count);
        Assert.Contains(simonson, q => q.GetProperty("text").GetString()!.Contains("bullying tactic", StringComparison.Ordinal));
        Assert.Contains(simonson, q => q.GetProperty("text").GetString()!.Contains("petty, coercive, and dangerous", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Article_can_be_fetched_by_store_id_too_and_unknown_ids_are_404()
    {
        var hit = (await GetJson("/api/search?q=sanctuary")).GetProperty("hits")[0];
        var byStoreId = await GetJson($"/api/articles/{hit.GetProperty("id").GetInt64()}");
        Assert.Equal(hit.GetProperty("docId").GetString(), byStoreId.GetProperty("id").GetString());
        var missing = await GetJson("/api/articles/no-such-article", HttpStatusCode.NotFound);
        Assert.Contains("no-such-article", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_with_markup_is_returned_verbatim_in_json()
    {
        var article = await GetJson($"/api/articles/{HandMadeArticles.HostileId}");
        Assert.Equal(HandMadeArticles.HostileText, article.GetProperty("text").GetString());
        Assert.Contains("<script>", article.GetProperty("quotes")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=", article.GetProperty("entities")[0].GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_by_speaker_list_Peter_Simonsons_quotes()
    {
        var quotes = (await GetJson("/api/quotes?speaker=Peter%20Simonson")).EnumerateArray().ToList();
        Assert.True(quotes.Count >= 2, $"expected two quotes, got {quotes.Count}");
        Assert.All(quotes, q => Assert.Equal(fixture.Corpus.Sample.Id, q.GetProperty("docId").GetString()));
        var about = (await GetJson("/api/quotes?about=coercive")).EnumerateArray().ToList();
        Assert.Single(about);
    }

    [Fact]
    public async Task Entity_profile_has_the_quotes_and_a_timeline()
    {
        var profile = await GetJson("/api/entity?name=Peter%20Simonson");
        Assert.Equal("Peter Simonson", profile.GetProperty("name").GetString());
        var quotes = profile.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("text").GetString()).ToList();
        Assert.Contains(quotes, q => q!.Contains("bullying tactic", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q!.Contains("petty, coercive, and dangerous", StringComparison.Ordinal));
        var points = profile.GetProperty("timeline").GetProperty("points").EnumerateArray().ToList();
        Assert.Contains(points, p => p.GetProperty("period").GetString() == "2017-08" && p.GetProperty("quotes").GetInt32() >= 2);
        await GetJson("/api/entity?name=Nobody%20Atall", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Entities_stats_and_timeline_answer()
    {
        var entities = await GetJson("/api/entities?top=5");
        Assert.Equal(JsonValueKind.Array, entities.ValueKind);
        var stats = await GetJson("/api/stats");
        Assert.Equal(5, stats.GetProperty("articles").GetInt64());
        var timeline = await GetJson("/api/timeline?name=Peter%20Simonson&by=day");
        Assert.Equal("day", timeline.GetProperty("by").GetString());
    }
}
