using System.Net;
using System.Text.Json;
using Dateline.Core;

namespace Dateline.Web.Tests;

public sealed class DupesApiTests : IAsyncLifetime
{
    private static readonly string[] Story =
    [
        "The city council voted 7-2 on Tuesday to build a light rail line linking the airport with downtown, ending a decade of debate over how to ease traffic on the interstate.",
        "The $1.2 billion project will be paid for with a half-cent sales tax approved by voters last fall and a federal transit grant the city expects to receive next spring.",
        "Mayor Ana Ruiz called the vote a turning point for a region whose population has doubled since 1990 while its road network has barely grown.",
        "Opponents on the council argued that ridership estimates were inflated and that buses could carry the same number of passengers for a fraction of the cost.",
        "Construction is scheduled to begin in 2021, with the first trains running between the airport and the convention center by the end of 2024.",
        "Residents along the planned route have raised concerns about noise and property values, and the council promised a series of neighborhood meetings this summer.",
    ];

    private TestCorpus _corpus = null!;
    private WebHost _host = null!;

    public async Task InitializeAsync()
    {
        _corpus = TestCorpus.FromDocuments(StoryWithCopies());
        _host = await WebHost.StartAsync(_corpus);
    }

    /// <summary>A wire story ("wire"), a cut and re-headlined copy of it ("cut"), and an unrelated article ("other").</summary>
    internal static IReadOnlyList<Document> StoryWithCopies() =>
    [
        Article("wire", Story, "Council approves light rail", "2019-05-07", "Associated Press"),
        Article("cut", Story.Take(4), "Light rail line wins council vote", "2019-05-08", "Reuters"),
        Article("other", ["The county commission postponed a vote on Tuesday on widening the interstate through the northern suburbs, saying it needed more time to study the cost of the project."], "County delays widening", "2019-05-07", "Reuters"),
    ];

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _corpus.Dispose();
    }

    private static Document Article(string id, IEnumerable<string> paragraphs, string title, string date, string publisher) =>
        new(id, title + "\n\n" + string.Join("\n\n", paragraphs), new DocumentSource("test.jsonl", "jsonl", 0, 1), new DocumentMetadata
        {
            Title = title,
            Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            Publisher = publisher,
        });

    private async Task<(HttpStatusCode Status, string Body)> Get(string url)
    {
        using var response = await _host.Client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dupes_lists_the_story_with_its_copies_in_the_shape_of_the_cli_json()
    {
        var (status, body) = await Get("/api/dupes");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonSerializer.Serialize(_corpus.Store.Queries.Stories(2, 50), Search.QueryJson.Options), body);

        var story = Assert.Single(JsonDocument.Parse(body).RootElement.EnumerateArray());
        Assert.Equal(2, story.GetProperty("size").GetInt32());
        var copies = story.GetProperty("copies").EnumerateArray().ToList();
        Assert.Equal(story.GetProperty("canonical").GetString(), copies[0].GetProperty("id").GetString());
        Assert.True(copies[0].GetProperty("canonical").GetBoolean());
        Assert.Equal("Council approves light rail", copies[0].GetProperty("headline").GetString());
        var cut = copies[1];
        Assert.Equal("Reuters", cut.GetProperty("outlet").GetString());
        Assert.Equal("2019-05-08", cut.GetProperty("date").GetString());
        Assert.True(cut.GetProperty("headline_changed").GetBoolean());
        Assert.False(cut.GetProperty("exact").GetBoolean());
        Assert.Equal(2, cut.GetProperty("paragraphs_cut").GetArrayLength());
        Assert.Equal(0, cut.GetProperty("paragraphs_added").GetArrayLength());
    }

    [Fact]
    public async Task An_article_lists_the_copies_of_its_story_by_document_id_or_store_id()
    {
        var (status, body) = await Get("/api/articles/cut/copies");
        Assert.Equal(HttpStatusCode.OK, status);
        var story = JsonDocument.Parse(body).RootElement;
        Assert.Equal(2, story.GetProperty("size").GetInt32());
        var ids = story.GetProperty("copies").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
        var (_, byStoreId) = await Get("/api/articles/" + ids[1] + "/copies");
        Assert.Equal(body, byStoreId);

        var (alone, single) = await Get("/api/articles/other/copies");
        Assert.Equal(HttpStatusCode.OK, alone);
        Assert.Equal(1, JsonDocument.Parse(single).RootElement.GetProperty("size").GetInt32());
    }

    [Theory]
    [InlineData("/api/articles/nowhere/copies", HttpStatusCode.NotFound, "no article with id 'nowhere'")]
    [InlineData("/api/dupes?minSize=0", HttpStatusCode.BadRequest, "'minSize' must be from 1")]
    [InlineData("/api/dupes?limit=many", HttpStatusCode.BadRequest, "'limit' must be a whole number")]
    public async Task Bad_dupes_requests_get_a_problem_with_a_message(string url, HttpStatusCode expected, string message)
    {
        var (status, body) = await Get(url);
        Assert.Equal(expected, status);
        Assert.Contains(message, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dupes_endpoints_are_in_the_openapi_document()
    {
        var (_, body) = await Get("/openapi/v1.json");
        var paths = JsonDocument.Parse(body).RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/dupes", out _));
        Assert.True(paths.TryGetProperty("/api/articles/{id}/copies", out _));
    }
}
