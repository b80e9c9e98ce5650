using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Ingest;
using Dateline.Store.Sqlite;
using Dateline.Testing;
using Dateline.Text;

namespace Dateline.Web.Tests;

/// <summary>
/// A temporary corpus database: the repository's sample article run through the default text pipeline,
/// plus hand-made articles, written with the store's writer. Deleted on dispose.
/// </summary>
public sealed class TestCorpus : IDisposable
{
    private readonly string _folder;

    private TestCorpus(string folder, SqliteCorpusStore store, Document sample)
    {
        _folder = folder;
        Store = store;
        Sample = sample;
    }

    public SqliteCorpusStore Store { get; }

    /// <summary>The sample article as stored (pipeline layers, plus hand-made quotes if the pipeline made none).</summary>
    public Document Sample { get; }

    public string DatabasePath => Store.Path;

    public static TestCorpus Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dateline-web-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = SqliteCorpusStore.Open(Path.Combine(folder, "corpus.db"), create: true);
        var pipeline = TextPipeline.CreateDefault().Build();
        var reader = new CorpusReader(FormatRegistry.Default);
        var sample = reader.Read(InputExpander.Expand([TestPaths.SampleArticle], FormatRegistry.Default))
            .Select(item => item.Document ?? throw new InvalidOperationException(item.Error!.ToString()))
            .Select(document => pipeline.Process(document))
            .Single();
        sample = HandMadeArticles.WithQuotesIfMissing(sample);
        using (var writer = store.OpenWriter())
        {
            writer.Write([sample, HandMadeArticles.Hostile(), .. HandMadeArticles.Filler(3)]);
        }

        return new TestCorpus(folder, store, sample);
    }

    /// <summary>A corpus of the given documents alone, written as they are (no pipeline); the first is <see cref="Sample"/>.</summary>
    public static TestCorpus FromDocuments(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var folder = Path.Combine(Path.GetTempPath(), "dateline-web-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = SqliteCorpusStore.Open(Path.Combine(folder, "corpus.db"), create: true);
        using (var writer = store.OpenWriter())
        {
            writer.Write(documents);
        }

        return new TestCorpus(folder, store, documents[0]);
    }

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
