using System.Collections.Immutable;

namespace Dateline.Core.Annotations;

/// <summary>
/// Keeps annotations out of page furniture (<see cref="ArticleStructure.Furniture"/>): the stages that make
/// mentions, quotes and times drop what overlaps a furniture span, and the search index leaves furniture words out.
/// Look-ups are a binary search over the sorted spans; nothing is allocated when a document has no furniture.
/// </summary>
public static class FurnitureFilter
{
    /// <summary>The document's furniture spans, sorted by start (empty without a structure layer).</summary>
    public static ImmutableArray<TextSpan> Spans(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Get(Layers.Structure)?.Furniture is { IsDefault: false } furniture ? furniture : [];
    }

    /// <summary>Whether <paramref name="span"/> overlaps any of <paramref name="furniture"/> (sorted by start, not overlapping).</summary>
    public static bool Overlaps(ImmutableArray<TextSpan> furniture, TextSpan span)
    {
        // An empty span counts as the one position it stands at.
        var start = span.Start;
        var end = Math.Max(span.End, span.Start + 1);
        var lo = 0;
        var hi = furniture.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var candidate = furniture[mid];
            if (candidate.End <= start)
            {
                lo = mid + 1;
            }
            else if (candidate.Start >= end)
            {
                hi = mid - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The items whose span (<paramref name="spanOf"/>) does not overlap the document's furniture.</summary>
    public static ImmutableArray<T> Remove<T>(Document document, ImmutableArray<T> items, Func<T, TextSpan> spanOf)
    {
        ArgumentNullException.ThrowIfNull(spanOf);
        var furniture = Spans(document);
        if (furniture.IsEmpty || items.IsDefaultOrEmpty)
        {
            return items;
        }

        var kept = ImmutableArray.CreateBuilder<T>(items.Length);
        foreach (var item in items)
        {
            if (!Overlaps(furniture, spanOf(item)))
            {
                kept.Add(item);
            }
        }

        return kept.Count == items.Length ? items : kept.ToImmutable();
    }

    /// <summary>Removes, in place, the items whose span overlaps the document's furniture.</summary>
    public static void RemoveAll<T>(Document document, List<T> items, Func<T, TextSpan> spanOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(spanOf);
        var furniture = Spans(document);
        if (!furniture.IsEmpty)
        {
            items.RemoveAll(item => Overlaps(furniture, spanOf(item)));
        }
    }

    /// <summary>
    /// The text with every letter and digit of the furniture replaced by <c>x</c>, for a full-text index: words keep
    /// their count and positions (so snippets computed over the stored text line up), but furniture words never match
    /// a query and never draw a snippet. The text itself when the document has no furniture.
    /// </summary>
    public static string IndexText(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var furniture = Spans(document);
        var text = document.Text;
        if (furniture.IsEmpty)
        {
            return text;
        }

        return string.Create(text.Length, (text, furniture), static (destination, state) =>
        {
            state.text.AsSpan().CopyTo(destination);
            foreach (var span in state.furniture)
            {
                var end = Math.Min(span.End, destination.Length);
                for (var i = span.Start; i < end; i++)
                {
                    if (char.IsLetterOrDigit(destination[i]))
                    {
                        destination[i] = 'x';
                    }
                }
            }
        });
    }
}
