using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Dateline.Web.Tests;

/// <summary>The article page lists the other copies of its story and links to them.</summary>
public sealed class CopiesBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task An_article_page_lists_the_copies_of_its_story_and_links_to_them()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.SkipReason);
        using var corpus = TestCorpus.FromDocuments(DupesApiTests.StoryWithCopies());
        var app = DatelineWebApp.Build(new DatelineWebOptions { Queries = corpus.Store.Queries, Urls = "http://127.0.0.1:0", RequestsPerMinute = 0 });
        await app.StartAsync();
        try
        {
            var baseUrl = app.Urls.First().TrimEnd('/');
            var page = await fixture.Browser.NewPageAsync();
            var errors = new List<string>();
            page.PageError += (_, error) => errors.Add(error);

            await page.GotoAsync(baseUrl + "/article.html?id=wire");
            var copies = page.Locator("#copies");
            await copies.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
            Assert.Equal(2, await page.Locator("#copy-list li").CountAsync());
            var link = page.Locator("#copy-list a", new PageLocatorOptions { HasText = "Light rail line wins council vote" });
            Assert.Contains("headline changed", await page.Locator("#copy-list").TextContentAsync(), StringComparison.Ordinal);
            await link.ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/article.html?id=", StringComparison.Ordinal) && !url.EndsWith("id=wire", StringComparison.Ordinal));
            await page.Locator("#headline").WaitForAsync();
            Assert.Equal("Light rail line wins council vote", await page.Locator("#headline").TextContentAsync());
            Assert.Contains("(this article)", await page.Locator("#copy-list").TextContentAsync(), StringComparison.Ordinal);

            await page.GotoAsync(baseUrl + "/article.html?id=other");
            await page.Locator("#headline").WaitForAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.True(await copies.IsHiddenAsync());
            Assert.Empty(errors);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
