namespace Dateline.Web.Tests;

/// <summary>One test corpus and one in-memory server shared by a test class.</summary>
public sealed class CorpusFixture : IAsyncLifetime
{
    public TestCorpus Corpus { get; private set; } = null!;

    public WebHost Host { get; private set; } = null!;

    public HttpClient Client => Host.Client;

    public async Task InitializeAsync()
    {
        Corpus = TestCorpus.Create();
        Host = await WebHost.StartAsync(Corpus);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Corpus.Dispose();
    }
}
