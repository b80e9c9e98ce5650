using Dateline.Testing;
using Microsoft.Playwright;

namespace Dateline.Web.Tests;

/// <summary>The UI in a real browser: search, article highlights, speaker page, escaping, phone width.</summary>
public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<(IPage Page, List<string> Errors)> OpenAsync(int width = 1100, int height = 800)
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return (page, errors);
    }

    /// <summary>Where screenshots go: docs/screenshots for the published ones when DATELINE_UPDATE_SCREENSHOTS=1, else the test output folder.</summary>
    private static string Screenshot(string name, bool publish = true)
    {
        var folder = publish && Environment.GetEnvironmentVariable("DATELINE_UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(TestPaths.RepositoryRoot, "docs", "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    [SkippableFact]
    public async Task Search_article_and_speaker_pages_show_Peter_Simonsons_quotes()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.SkipReason);
        var (page, errors) = await OpenAsync();
        await page.GotoAsync(fixture.BaseUrl + "/");
        await page.GetByLabel("Search articles").FillAsync("sanctuary");
        await page.GetByLabel("Search articles").PressAsync("Enter");
        await page.WaitForURLAsync("**/?q=sanctuary");
        var hit = page.Locator($"#results .hit a[href$='id={fixture.Corpus.Sample.Id}']");
        await hit.WaitForAsync();
        var marks = await page.Locator("#results .hit mark").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => Assert.Equal("sanctuary", mark, ignoreCase: true));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("search.png", publish: false) });

        await hit.ClickAsync();
        await page.WaitForURLAsync("**/article.html?id=*");
        var quotes = page.Locator("#text .quote");
        await quotes.First.WaitForAsync();
        var quoteTexts = await quotes.AllTextContentsAsync();
        Assert.Contains(quoteTexts, q => q.Contains("a bullying tactic", StringComparison.Ordinal));
        Assert.Contains(quoteTexts, q => q.Contains("petty, coercive, and dangerous", StringComparison.Ordinal));

        // The text is shown whole, and highlights inside quotes are whole mentions.
        Assert.Equal(fixture.Corpus.Sample.Text, await page.Locator("#text").TextContentAsync());
        var mentionTexts = fixture.Corpus.Sample.Get(Core.Annotations.Layers.Mentions).Select(m => fixture.Corpus.Sample.GetText(m.Span)).ToHashSet();
        foreach (var inner in await page.Locator("#text .quote .ent").AllTextContentsAsync())
        {
            Assert.Contains(inner, mentionTexts);
        }

        // Keyboard: the highlight is focusable and focus shows the speaker.
        var bullying = quotes.Filter(new LocatorFilterOptions { HasText = "a bullying tactic" }).First;
        await bullying.FocusAsync();
        var tip = page.Locator("#tip");
        await tip.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        var tipText = await tip.TextContentAsync();
        Assert.Contains("Peter Simonson", tipText, StringComparison.Ordinal);
        Assert.Matches(@"Quote \((direct|mixed|indirect)\)", tipText);

        // Mouse: hovering the other quote shows its speaker too.
        await quotes.Filter(new LocatorFilterOptions { HasText = "petty, coercive" }).First.HoverAsync();
        Assert.Contains("Peter Simonson", await tip.TextContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("article.png") });

        await page.Locator("#quote-list .speaker-link", new PageLocatorOptions { HasText = "Peter Simonson" }).First.ClickAsync();
        await page.WaitForURLAsync("**/entity.html?name=*");
        var listed = page.Locator("#entity-quotes blockquote");
        await listed.First.WaitForAsync();
        var listedTexts = await listed.AllTextContentsAsync();
        Assert.Contains(listedTexts, q => q.Contains("a bullying tactic", StringComparison.Ordinal));
        Assert.Contains(listedTexts, q => q.Contains("petty, coercive, and dangerous", StringComparison.Ordinal));
        Assert.Equal("Peter Simonson", await page.Locator("#entity-name").TextContentAsync());
        Assert.True(await page.Locator("#chart svg rect.bar").CountAsync() >= 1, "the mentions-over-time chart has bars");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("entity.png"), FullPage = true });
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Markup_in_an_article_renders_as_text_and_never_runs()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.SkipReason);
        var (page, errors) = await OpenAsync();
        await page.GotoAsync($"{fixture.BaseUrl}/article.html?id={HandMadeArticles.HostileId}");
        await page.Locator("#text .quote").First.WaitForAsync();
        Assert.Equal(HandMadeArticles.HostileText, await page.Locator("#text").TextContentAsync());
        Assert.Contains("<script>window.__datelineXss = 4</script>", await page.Locator("#headline").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#text script, #text img, #text b, #headline script, #quote-list script, #quote-list img, #entity-list img").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript:']").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__datelineXss"));

        // The speaker page of a name full of markup, and a search showing the quote's article.
        await page.Locator("#quote-list .speaker-link").First.ClickAsync();
        await page.Locator("#entity-quotes blockquote").First.WaitForAsync();
        Assert.Contains("<img src=x onerror=", await page.Locator("#entity-name").TextContentAsync(), StringComparison.Ordinal);
        await page.GotoAsync($"{fixture.BaseUrl}/?q=markup");
        await page.Locator("#results .hit").First.WaitForAsync();
        Assert.Equal(0, await page.Locator("#results script, #results img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__datelineXss"));
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Pages_fit_a_phone_width_screen_and_start_with_a_skip_link()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.SkipReason);
        var (page, errors) = await OpenAsync(width: 375, height: 740);
        foreach (var path in new[] { "/?q=sanctuary", $"/article.html?id={fixture.Corpus.Sample.Id}", "/entity.html?name=Peter%20Simonson" })
        {
            await page.GotoAsync(fixture.BaseUrl + path);
            await page.WaitForFunctionAsync("() => document.getElementById('status').textContent !== 'Loading…' && document.getElementById('status').textContent !== 'Searching…'");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow} px wider than a 375 px screen");
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        }

        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Facet_links_and_date_range_filter_the_results()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.SkipReason);
        var (page, errors) = await OpenAsync();
        await page.GotoAsync(fixture.BaseUrl + "/?q=budget");
        await page.Locator("#results .hit").First.WaitForAsync();
        Assert.Equal(3, await page.Locator("#results .hit").CountAsync());
        await page.GetByLabel("From").FillAsync("2019-03-02");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Apply dates" }).ClickAsync();
        await page.WaitForURLAsync("**from=2019-03-02**");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#results .hit').length === 2");
        Assert.Contains("q=budget", page.Url, StringComparison.Ordinal);
        await page.Locator("#active-filters a").First.ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#results .hit').length === 3");
        await page.Locator("#facets a", new PageLocatorOptions { HasText = "Reuters" }).First.ClickAsync();
        await page.WaitForURLAsync("**agency=Reuters**");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#results .hit').length === 3");
        Assert.Empty(errors);
    }
}
