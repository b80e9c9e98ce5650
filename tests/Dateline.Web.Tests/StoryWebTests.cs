using System.Net;
using System.Text.Json;
using Dateline.Core;
using Dateline.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Dateline.Web.Tests;

/// <summary>The story API and the story page: one ferry strike reported by two outlets on two days, and an unrelated article.</summary>
public sealed class StoryWebTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    internal static IReadOnlyList<Document> FerryStrike()
    {
        var pipeline = TextPipeline.CreateDefault().Build();
        return
        [
            .. new[]
            {
                Article("herald", "Ferry crews strike, stranding island commuters", "2021-06-14", "Harbor Herald",
                    "Ferry crews walked off the job on Monday, halting every sailing between the mainland and Cedar Island and stranding thousands of commuters at the terminal.",
                    "\"We will not go back until the pay offer improves,\" said Maria Costa, the leader of the ferry workers' union.",
                    "The ferry authority said it had offered a 3 percent raise and called the strike illegal."),
                Article("wire", "Cedar Island ferry strike enters second day", "2021-06-15", "Coast Wire",
                    "The ferry strike that stranded Cedar Island commuters entered its second day on Tuesday, with no sailings to the mainland and no talks scheduled between the union and the ferry authority.",
                    "\"The island is cut off, and our patients cannot reach the hospital,\" said Dr. Hannah Lee, who runs the Cedar Island clinic.",
                    "Union leader Maria Costa said crews would keep striking over pay."),
                Article("garden", "Botanical garden opens new orchid house", "2021-06-14", "Harbor Herald",
                    "The city's botanical garden opened a glass orchid house on Monday, with more than 400 species from tropical forests on display.",
                    "Admission to the new house is free for children under twelve."),
            }.Select(d => pipeline.Process(d)),
        ];
    }

    private static Document Article(string id, string title, string date, string publisher, params string[] paragraphs) =>
        new(id, title + "\n\n" + string.Join("\n\n", paragraphs), new DocumentSource("test.jsonl", "jsonl", 0, 1), new DocumentMetadata
        {
            Title = title,
            Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            Publisher = publisher,
        });

    [Fact]
    public async Task The_story_api_lists_stories_across_outlets_and_answers_one_story_by_an_articles_id()
    {
        using var corpus = TestCorpus.FromDocuments(FerryStrike());
        await using var host = await WebHost.StartAsync(corpus);
        var list = JsonDocument.Parse(await host.Client.GetStringAsync("/api/stories?minOutlets=2")).RootElement;
        var story = Assert.Single(list.EnumerateArray());
        Assert.Equal(2, story.GetProperty("articles").GetInt32());
        Assert.Equal(["Coast Wire", "Harbor Herald"], story.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal("2021-06-14", story.GetProperty("firstDate").GetString());
        Assert.Equal("2021-06-15", story.GetProperty("lastDate").GetString());

        var detail = JsonDocument.Parse(await host.Client.GetStringAsync("/api/stories/wire")).RootElement;
        Assert.Equal(story.GetProperty("id").GetInt64(), detail.GetProperty("story").GetProperty("id").GetInt64());
        Assert.Equal(["herald", "wire"], detail.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("docId").GetString()));
        Assert.Contains(detail.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("speaker").GetString() == "Maria Costa");

        using var missing = await host.Client.GetAsync("/api/stories/nothing-like-this");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var bad = await host.Client.GetAsync("/api/stories?minOutlets=zero");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Search_and_quotes_take_a_story_filter()
    {
        using var corpus = TestCorpus.FromDocuments(FerryStrike());
        await using var host = await WebHost.StartAsync(corpus);
        var strike = JsonDocument.Parse(await host.Client.GetStringAsync("/api/stories/wire")).RootElement.GetProperty("story").GetProperty("id").GetInt64();
        var garden = JsonDocument.Parse(await host.Client.GetStringAsync("/api/stories/garden")).RootElement.GetProperty("story").GetProperty("id").GetInt64();

        // "Monday" is in the first strike report and in the garden article: the story filter keeps only the former.
        Assert.Equal(2, JsonDocument.Parse(await host.Client.GetStringAsync("/api/search?q=Monday")).RootElement.GetProperty("total").GetInt32());
        var hits = JsonDocument.Parse(await host.Client.GetStringAsync($"/api/search?q=Monday&story={strike}")).RootElement;
        Assert.Equal("herald", Assert.Single(hits.GetProperty("hits").EnumerateArray()).GetProperty("docId").GetString());

        var quotes = JsonDocument.Parse(await host.Client.GetStringAsync($"/api/quotes?story={strike}")).RootElement.EnumerateArray().ToList();
        Assert.Contains(quotes, q => q.GetProperty("text").GetString()!.Contains("pay offer", StringComparison.Ordinal));
        Assert.Empty(JsonDocument.Parse(await host.Client.GetStringAsync($"/api/quotes?story={garden}")).RootElement.EnumerateArray());

        using var bad = await host.Client.GetAsync("/api/search?q=ferry&story=ferry");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [SkippableFact]
    public async Task The_story_page_shows_outlets_on_a_timeline_and_who_said_what()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.SkipReason);
        using var corpus = TestCorpus.FromDocuments(FerryStrike());
        var app = DatelineWebApp.Build(new DatelineWebOptions { Queries = corpus.Store.Queries, Stories = corpus.Store.Stories, Urls = "http://127.0.0.1:0", RequestsPerMinute = 0 });
        await app.StartAsync();
        try
        {
            var baseUrl = app.Urls.First().TrimEnd('/');
            var page = await fixture.Browser.NewPageAsync();
            var errors = new List<string>();
            page.PageError += (_, error) => errors.Add(error);

            await page.GotoAsync(baseUrl + "/story.html");
            await page.Locator("#story-list").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
            Assert.Equal(1, await page.Locator("#stories li").CountAsync());
            await page.Locator("#stories a").ClickAsync();

            await page.Locator("#story").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
            Assert.Equal("Ferry crews strike, stranding island commuters", await page.Locator("#story-headline").TextContentAsync());
            var rows = page.Locator("#story-timeline tr");
            Assert.Equal(2, await rows.CountAsync());
            Assert.Equal("Coast Wire", await rows.Nth(0).Locator("th").TextContentAsync());
            Assert.Equal(1, await rows.Nth(1).Locator("a.story-mark").CountAsync());
            var quotes = await page.Locator("#story-quotes").TextContentAsync();
            Assert.Contains("Maria Costa", quotes, StringComparison.Ordinal);
            Assert.Contains("We will not go back until the pay offer improves", quotes, StringComparison.Ordinal);
            Assert.Empty(errors);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
