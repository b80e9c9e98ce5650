using Dateline.Core;
using Dateline.Core.Pipeline;
using Dateline.Html;
using Dateline.Html.Warc;
using Dateline.Ingest;
using Dateline.Ingest.Formats;
using Dateline.Text;
using Dateline.Text.Ner;
using Dateline.Text.Quotes.Learning;

namespace Dateline;

/// <summary>
/// Analyses news the way <c>dateline analyze</c> does: create one analyzer, then call
/// <see cref="Analyze(string, DateOnly?, string?, string?)"/> for a text or
/// <see cref="AnalyzeMany(IEnumerable{NewsItem}, int?, CancellationToken)"/> for a stream of them. The result is the
/// immutable <see cref="Document"/> with its layers (<c>Structure</c>, <c>Mentions</c>, <c>Entities</c>,
/// <c>Quotes</c>, <c>Times</c>: see <see cref="DocumentLayers"/>), serialisable with <c>ToJson()</c>.
/// An analyzer is immutable and thread-safe; the models are loaded once per process.
/// </summary>
/// <example>
/// <code>
/// var analyzer = NewsAnalyzer.Create();
/// var document = analyzer.Analyze(text, date: new DateOnly(2017, 8, 3));
/// foreach (var quote in document.Quotes)
/// {
///     Console.WriteLine($"{document.SpeakerOf(quote)}: \"{document.TextOf(quote)}\"");
/// }
/// </code>
/// </example>
public sealed class NewsAnalyzer
{
    /// <summary>The input formats <see cref="AnalyzeFile"/> reads: the tool's formats.</summary>
    private static readonly FormatRegistry Formats = FormatRegistry.Default.With(
        new WarcReader(),
        new HtmlReader(),
        new JsonLinesReader { HtmlHandler = HtmlDocumentFactory.Default.Create });

    private readonly DocumentPipeline _pipeline;

    private NewsAnalyzer(DocumentPipeline pipeline, AnalyzerModels models)
    {
        _pipeline = pipeline;
        Models = models;
    }

    /// <summary>The model files this analyzer runs with.</summary>
    public AnalyzerModels Models { get; }

    /// <summary>
    /// Creates an analyzer with the default stages (structure, tokens, sentences, named entities, times, entity
    /// resolution, quotes) and the shipped models.
    /// </summary>
    /// <exception cref="FileNotFoundException">A model file is missing (the message names the places looked at);
    /// an analysis without it would silently find less.</exception>
    public static NewsAnalyzer Create()
    {
        var models = new AnalyzerModels(
            NerModelLocator.Find() ?? throw Missing("named-entity", NerModelLocator.Candidates(), NerModelLocator.EnvironmentVariable),
            CueModelLocator.Find() ?? throw Missing("quotation cue", CueModelLocator.Candidates(), CueModelLocator.EnvironmentVariable));
        return new NewsAnalyzer(TextPipeline.CreateDefault().Build(), models);
    }

    /// <summary>Analyses one article.</summary>
    /// <param name="text">The article text; every offset of the result points into it (UTF-16 code units).</param>
    /// <param name="date">The publication date, when known; relative times are resolved against it.</param>
    /// <param name="url">The article's address, when known.</param>
    /// <param name="title">The title given by the container, when known.</param>
    /// <returns>The document with every layer. A stage that failed is listed in <see cref="Document.Problems"/>.</returns>
    public Document Analyze(string text, DateOnly? date = null, string? url = null, string? title = null) =>
        Analyze(new NewsItem(text, date, url, title));

    /// <summary>Analyses one article given with its container facts.</summary>
    /// <param name="item">The article.</param>
    /// <returns>The document with every layer.</returns>
    public Document Analyze(NewsItem item) => _pipeline.Process(ToDocument(item, 0));

    /// <summary>
    /// Analyses a stream of articles on several threads and yields the documents in input order. Only a bounded
    /// number of articles is in flight at a time, so the stream may be as long as you like.
    /// </summary>
    /// <param name="items">The articles.</param>
    /// <param name="degreeOfParallelism">Threads to use; by default one per processor.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <returns>One document per item, in the order of <paramref name="items"/>.</returns>
    public IEnumerable<Document> AnalyzeMany(IEnumerable<NewsItem> items, int? degreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var parallelism = Parallelism(degreeOfParallelism);
        var numbered = items.Select((item, index) => (Item: item, Index: index));
        return _pipeline.ProcessMany(numbered, pair => ToDocument(pair.Item, pair.Index), (_, document) => document!, parallelism, cancellationToken);
    }

    /// <summary>Analyses a stream of article texts on several threads and yields the documents in input order.</summary>
    /// <param name="texts">The article texts.</param>
    /// <param name="degreeOfParallelism">Threads to use; by default one per processor.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <returns>One document per text, in order.</returns>
    public IEnumerable<Document> AnalyzeMany(IEnumerable<string> texts, int? degreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return AnalyzeMany(texts.Select(text => new NewsItem(text)), degreeOfParallelism, cancellationToken);
    }

    /// <summary>
    /// Reads and analyses the articles of a file, a directory (recursively) or a glob, in any format the
    /// <c>dateline</c> tool reads (text records, JSON Lines, plain text, HTML, WARC, and <c>.gz</c> of each),
    /// giving the same documents as <c>dateline analyze</c>. Files are read as a stream; the documents come in
    /// input order.
    /// </summary>
    /// <param name="path">A file, directory or glob.</param>
    /// <param name="onError">Called for each input that could not be read (the rest is still read); when
    /// <c>null</c>, the first such input throws <see cref="InvalidDataException"/>.</param>
    /// <param name="degreeOfParallelism">Threads to use; by default one per processor.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <returns>The analysed documents.</returns>
    public IEnumerable<Document> AnalyzeFile(string path, Action<ReadError>? onError = null, int? degreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var plan = InputExpander.Expand([path], Formats);
        var items = new CorpusReader(Formats).Read(plan, cancellationToken);
        var documents = _pipeline.ProcessMany(
            items,
            item => item.Document,
            (item, document) => (item.Error, Document: document),
            Parallelism(degreeOfParallelism),
            cancellationToken);
        return Select(documents, onError);
    }

    private static IEnumerable<Document> Select(IEnumerable<(ReadError? Error, Document? Document)> results, Action<ReadError>? onError)
    {
        foreach (var (error, document) in results)
        {
            if (document is not null)
            {
                yield return document;
            }
            else if (error is not null)
            {
                if (onError is null)
                {
                    throw new InvalidDataException(error.ToString());
                }

                onError(error);
            }
        }
    }

    private static Document ToDocument(NewsItem item, int index)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(item.Text, nameof(item));
        var metadata = new DocumentMetadata { Date = item.Date, Url = item.Url, Title = item.Title };
        return new Document(item.Id ?? DocumentIds.FromContent(item.Text), item.Text, new DocumentSource(string.Empty, "text", index, 0), metadata);
    }

    private static int Parallelism(int? degreeOfParallelism) => degreeOfParallelism switch
    {
        null => Environment.ProcessorCount,
        < 1 => throw new ArgumentOutOfRangeException(nameof(degreeOfParallelism), degreeOfParallelism, "at least one thread"),
        { } value => value,
    };

    private static FileNotFoundException Missing(string what, IEnumerable<string> candidates, string variable) =>
        new($"The {what} model was not found (looked for {string.Join(", ", candidates)}). It is copied beside the application by the Dateline package; or name the file with the environment variable {variable}.");
}
