using System.Globalization;
using Dateline.Core.Annotations;

namespace Dateline.Core.Serialization;

/// <summary>
/// The article-level facts every host shows (date, headline, authors, publication time), taken from the
/// structure layer first and from the container's metadata when the text does not hold them.
/// </summary>
public static class ArticleFacts
{
    public static DateOnly? Date(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Metadata.Date is { } date)
        {
            return date;
        }

        return document.Get(Layers.Structure)?.Published is { } published ? DateOnly.FromDateTime(published) : null;
    }

    /// <summary>The publication time as an ISO 8601 string (<c>2017-08-03T13:33:00</c>), if known.</summary>
    public static string? Published(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Get(Layers.Structure)?.Published is { } published)
        {
            return published.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        }

        return document.Metadata.Published?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
    }

    public static string? Headline(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Get(Layers.Structure)?.Headline is { } headline
            ? document.GetText(headline).Trim()
            : document.Metadata.Title;
    }

    public static IReadOnlyList<string> Authors(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var structure = document.Get(Layers.Structure);
        return structure is { Authors.IsEmpty: false } ? structure.Authors : document.Metadata.Authors;
    }
}
