using System.Text.RegularExpressions;
using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Quotes;

/// <summary>
/// Finds social-media posts that a scraped page embeds as text: a paragraph that ends with the embed's signature,
/// "— Name (@handle) Month D, YYYY" (Twitter's embed markup flattened by the scraper), often after a
/// "pic.twitter.com/..." link. The post's words are a direct statement of the signed account; the link and the
/// signature are not part of the content.
/// </summary>
internal static partial class EmbeddedPosts
{
    [GeneratedRegex(@"(?:\s+pic\.twitter\.com/\S+|\s+https?://\S+)*\s*[—–-]{1,2}\s*(?<name>[^\n(—–]{2,60}?)\s*\(@(?<handle>\w{1,30})\)\s+(?<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Signature();

    /// <summary>Adds a direct quote for each embedded post, replacing the frames found inside it.</summary>
    public static void Add(string text, IEnumerable<TextSpan> paragraphs, List<FoundQuote> found)
    {
        foreach (var paragraph in paragraphs)
        {
            var body = text.AsSpan(paragraph.Start, paragraph.Length);
            if (body.IndexOf("(@", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var match = Signature().Match(text, paragraph.Start, paragraph.Length);
            if (!match.Success)
            {
                continue;
            }

            var start = paragraph.Start;
            while (start < match.Index && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            var end = match.Index;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end - start < 3)
            {
                continue;
            }

            // The post is the statement; frames the finder saw inside it ("He says ...") are its words, and a
            // quotation it holds ("told me "...") is reported inside the post, not a statement of its own.
            var content = new TextSpan(start, end);
            found.RemoveAll(q => q.Content.Overlaps(content) && q.Content.Start >= paragraph.Start && q.Content.End <= paragraph.End);
            if (found.Exists(q => q.Content.Overlaps(content)))
            {
                continue;
            }

            var name = match.Groups["name"];
            found.Add(new FoundQuote(QuoteKind.Direct, content, null, new TextSpan(name.Index, name.Index + name.Length)));
        }
    }
}
