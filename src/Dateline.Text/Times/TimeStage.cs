using System.Buffers;
using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Pipeline;
using Dateline.Text.Structure;

namespace Dateline.Text.Times;

/// <summary>
/// Finds every date and time expression and resolves it against the article's date: the container date
/// (<see cref="DocumentMetadata.Date"/>), else the structure stage's publication time, else the container's
/// publication time. Without any of them, relative expressions stay unresolved (<c>XXXX-XX-XX</c>); the machine's
/// clock is never used. Needs no other layer: it scans the text itself.
/// </summary>
public sealed class TimeStage : IDocumentStage
{
    private static readonly StageInfo StageInfo = StageInfo.Create([], [Layers.Times]);

    public string Name => "times";

    public StageInfo Info => StageInfo;

    /// <summary>The day relative expressions are resolved against, or <c>null</c> when the document has none.</summary>
    public static DateOnly? AnchorOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Metadata.Date is { } date)
        {
            return date;
        }

        if (document.Get(Layers.Structure)?.Published is { } published)
        {
            return DateOnly.FromDateTime(published);
        }

        if (document.Metadata.Published is { } container)
        {
            return DateOnly.FromDateTime(container.DateTime);
        }

        return null;
    }

    /// <summary>Finds the time expressions of <paramref name="text"/> resolved against <paramref name="anchor"/>.</summary>
    public static ImmutableArray<TimeExpression> Find(string text, DateOnly? anchor, TextSpan? skip = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = TimeScanner.Scan(text, out var count);
        try
        {
            return new TimeParser(text, tokens, count, anchor, skip).Parse(cancellationToken);
        }
        finally
        {
            ArrayPool<ScanToken>.Shared.Return(tokens);
        }
    }

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var times = Find(document.Text, AnchorOf(document), document.Metadata.Header, cancellationToken);
        var setAside = SetAsideText.Spans(document);
        if (setAside.Count > 0)
        {
            // Text that is not article text (a scraper's doubled caption, a sign-off) yields no times.
            times = times.RemoveAll(t => setAside.Exists(s => s.Overlaps(t.Span)));
        }

        // Nor does page furniture ("Copyright © 2019 ...", "Updated daily at 6 a.m. Sign up").
        return document.With(Layers.Times, FurnitureFilter.Remove(document, times, static t => t.Span));
    }
}
