using System.Collections.Immutable;

namespace Dateline.Core;

/// <summary>
/// One news document: its text exactly as read, its metadata, and typed standoff annotation layers.
/// A document is immutable: a stage returns a new document with its layers added
/// (<see cref="With{T}(LayerKey{T}, ImmutableArray{T})"/>), so one instance can be shared across threads.
/// </summary>
public sealed class Document
{
    private readonly ImmutableDictionary<LayerKey, object> _layers;

    public Document(string id, string text, DocumentSource source, DocumentMetadata? metadata = null)
        : this(id, text, text, OffsetMap.Identity, source, metadata ?? DocumentMetadata.Empty, ImmutableDictionary<LayerKey, object>.Empty, [])
    {
    }

    public Document(string id, string text, string original, OffsetMap textToOriginal, DocumentSource source, DocumentMetadata? metadata = null)
        : this(id, text, original, textToOriginal, source, metadata ?? DocumentMetadata.Empty, ImmutableDictionary<LayerKey, object>.Empty, [])
    {
    }

    private Document(
        string id,
        string text,
        string original,
        OffsetMap textToOriginal,
        DocumentSource source,
        DocumentMetadata metadata,
        ImmutableDictionary<LayerKey, object> layers,
        ImmutableArray<StageProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(textToOriginal);
        ArgumentNullException.ThrowIfNull(source);
        Id = id;
        Text = text;
        Original = original;
        TextToOriginal = textToOriginal;
        Source = source;
        Metadata = metadata;
        _layers = layers;
        Problems = problems;
    }

    /// <summary>A stable identifier: given by the input, or derived from the content.</summary>
    public string Id { get; }

    /// <summary>The text every annotation points into, with half-open UTF-16 offsets.</summary>
    public string Text { get; }

    /// <summary>
    /// The original input. For text records this is <see cref="Text"/> itself; for HTML it is the page
    /// source, and <see cref="TextToOriginal"/> maps text offsets back into it.
    /// </summary>
    public string Original { get; }

    public OffsetMap TextToOriginal { get; }

    public DocumentSource Source { get; }

    public DocumentMetadata Metadata { get; }

    /// <summary>Problems stages met with this document (the pipeline records them and goes on).</summary>
    public ImmutableArray<StageProblem> Problems { get; }

    /// <summary>The names of the layers this document holds.</summary>
    public IEnumerable<string> LayerNames => _layers.Keys.Select(k => k.Name);

    public bool Has(LayerKey key) => _layers.ContainsKey(key);

    /// <summary>The annotations of a layer, or an empty array when the layer is absent.</summary>
    public ImmutableArray<T> Get<T>(LayerKey<T> key) =>
        _layers.TryGetValue(key, out var value) ? (ImmutableArray<T>)value : [];

    /// <summary>A document-level value, or <c>null</c> when absent.</summary>
    public T? Get<T>(ValueKey<T> key)
        where T : class =>
        _layers.TryGetValue(key, out var value) ? (T)value : null;

    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>Maps a span of <see cref="Text"/> to <see cref="Original"/>.</summary>
    public TextSpan ToOriginal(TextSpan span) => TextToOriginal.ToSource(span);

    public Document With<T>(LayerKey<T> key, ImmutableArray<T> annotations)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new Document(Id, Text, Original, TextToOriginal, Source, Metadata, _layers.SetItem(key, annotations.IsDefault ? [] : annotations), Problems);
    }

    public Document With<T>(ValueKey<T> key, T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        return new Document(Id, Text, Original, TextToOriginal, Source, Metadata, _layers.SetItem(key, value), Problems);
    }

    public Document WithMetadata(DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return new Document(Id, Text, Original, TextToOriginal, Source, metadata, _layers, Problems);
    }

    public Document WithProblem(StageProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new Document(Id, Text, Original, TextToOriginal, Source, Metadata, _layers, Problems.Add(problem));
    }
}
