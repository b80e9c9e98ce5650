using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Dateline.Web.Tests;

/// <summary>
/// A test corpus served by Kestrel on a free 127.0.0.1 port, and Debian's chromium driven by Playwright
/// (Playwright's own browser download is not used). Without <c>/usr/bin/chromium</c> nothing starts and
/// the browser tests skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private WebApplication? _app;
    private IPlaywright? _playwright;

    public static bool ChromiumMissing => !File.Exists(ChromiumPath);

    public static string SkipReason => $"needs Debian's chromium at {ChromiumPath} (apt-get install -y chromium; .ci/install-deps does it)";

    public TestCorpus Corpus { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (ChromiumMissing)
        {
            return;
        }

        Corpus = TestCorpus.Create();
        _app = DatelineWebApp.Build(new DatelineWebOptions { Queries = Corpus.Store.Queries, Urls = "http://127.0.0.1:0", RequestsPerMinute = 0 });
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Corpus?.Dispose();
    }
}
