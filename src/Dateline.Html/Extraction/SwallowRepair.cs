using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Dateline.Html.Extraction;

/// <summary>
/// Repairs a page in which one element swallowed the rest: a <c>&lt;title&gt;</c> whose end tag is misspelt or
/// missing (<c>&lt;/titel&gt;</c>), an unclosed <c>&lt;textarea&gt;</c> of a comment form, an unclosed
/// <c>&lt;style&gt;</c>. The parser reads everything after such a start tag as its text, so the body comes out
/// empty. The start tag's name is changed (<c>&lt;title&gt;</c> to <c>&lt;xitle&gt;</c>), which makes it an
/// unknown element whose content is parsed as markup again; the repaired source has the same length and the
/// same text at every position, so offsets into it are offsets into the original.
/// </summary>
internal static class SwallowRepair
{
    private static readonly string[] Swallowing = ["title", "textarea", "style", "xmp", "noembed", "noframes", "iframe"];

    /// <summary>How much source an element must swallow, with markup in it, to count as broken.</summary>
    private const int SwallowedAtLeast = 300;

    /// <summary>The repaired source, or <c>null</c> when no element swallowed a large part of the page.</summary>
    public static string? Repair(string html, IHtmlDocument document)
    {
        char[]? repaired = null;
        foreach (var element in document.QuerySelectorAll(string.Join(',', Swallowing)))
        {
            if (element.SourceReference is not { } reference)
            {
                continue;
            }

            var start = reference.Position.Index;
            var name = element.LocalName;
            if (start + name.Length + 1 >= html.Length || html[start] != '<' || !html.AsSpan(start + 1, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var open = html.IndexOf('>', start);
            if (open < 0)
            {
                continue;
            }

            var close = html.IndexOf("</" + name, open, StringComparison.OrdinalIgnoreCase);
            var swallowed = (close < 0 ? html.Length : close) - open;
            if (swallowed >= SwallowedAtLeast && HoldsMarkup(html.AsSpan(open, swallowed)))
            {
                repaired ??= html.ToCharArray();
                repaired[start + 1] = 'x';
            }
        }

        return repaired is null ? null : new string(repaired);
    }

    /// <summary>Whether a stretch of source holds paragraphs or blocks (at least three <c>&lt;p</c>/<c>&lt;div</c> tags).</summary>
    private static bool HoldsMarkup(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = text.IndexOf('<'); i >= 0 && i + 4 < text.Length; )
        {
            var rest = text[(i + 1)..];
            if ((rest.StartsWith("p>") || rest.StartsWith("p ") || rest.StartsWith("div", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("P>")) && ++count >= 3)
            {
                return true;
            }

            var next = rest.IndexOf('<');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }
}
