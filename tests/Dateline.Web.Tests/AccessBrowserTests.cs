using Dateline.Web.Access;
using Microsoft.Playwright;

namespace Dateline.Web.Tests;

/// <summary>On a host with tokens the UI asks for the token on the first 401 and keeps it for the tab.</summary>
public sealed class AccessBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Token = "browser-token-5d1e";

    [SkippableFact]
    public async Task The_ui_asks_for_the_token_on_401_and_keeps_it_for_the_tab()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.SkipReason);
        using var corpus = TestCorpus.FromDocuments([.. HandMadeArticles.Filler(3)]);
        var app = DatelineWebApp.Build(new DatelineWebOptions
        {
            Queries = corpus.Store.Queries,
            Urls = "http://127.0.0.1:0",
            RequestsPerMinute = 0,
            Tokens = AccessTokens.Parse([Token]),
        });
        await app.StartAsync();
        try
        {
            var baseUrl = app.Urls.First().TrimEnd('/');
            await using var context = await fixture.Browser.NewContextAsync();
            var page = await context.NewPageAsync();
            var errors = new List<string>();
            page.PageError += (_, error) => errors.Add(error);
            var authorizations = new List<string?>();
            page.Request += (_, request) =>
            {
                if (request.Url.Contains("/api/", StringComparison.Ordinal))
                {
                    authorizations.Add(request.Headers.TryGetValue("authorization", out var value) ? value : null);
                }
            };

            await page.GotoAsync(baseUrl + "/?q=budget");
            var dialog = page.Locator("#token-dialog");
            await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
            Assert.Equal(0, await page.Locator("#results .hit").CountAsync());
            var input = page.GetByLabel("Token", new PageGetByLabelOptions { Exact = true });
            Assert.Equal("password", await input.GetAttributeAsync("type"));

            // A wrong token: asked again, saying it was refused.
            await input.FillAsync("not-the-token");
            await input.PressAsync("Enter");
            await page.Locator("#token-dialog [role=alert]").WaitForAsync();
            var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "token-prompt.png") });
            await page.GetByLabel("Token", new PageGetByLabelOptions { Exact = true }).FillAsync(Token);
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Continue" }).ClickAsync();
            await page.Locator("#results .hit").First.WaitForAsync();
            Assert.Equal(3, await page.Locator("#results .hit").CountAsync());
            Assert.Equal(0, await dialog.CountAsync());
            Assert.Equal(Token, await page.EvaluateAsync<string>("() => sessionStorage.getItem('dateline-token')"));
            Assert.Contains("Bearer " + Token, authorizations);

            // Kept for the tab: another page asks nothing and sends the token.
            authorizations.Clear();
            await page.GotoAsync(baseUrl + "/article.html?id=filler-1");
            await page.Locator("#headline").WaitForAsync();
            Assert.Equal("Budget talks 1", await page.Locator("#headline").TextContentAsync());
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal(0, await dialog.CountAsync());
            Assert.NotEmpty(authorizations);
            Assert.All(authorizations, value => Assert.Equal("Bearer " + Token, value));

            // A new tab (its own sessionStorage) is asked again; cancelling shows an error, no data.
            var other = await context.NewPageAsync();
            await other.GotoAsync(baseUrl + "/?q=budget");
            await other.Locator("#token-dialog").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
            await other.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Cancel" }).ClickAsync();
            await other.Locator("#status.error").WaitForAsync();
            Assert.Contains("access token", await other.Locator("#status").TextContentAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await other.Locator("#results .hit").CountAsync());
            Assert.Empty(errors);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
