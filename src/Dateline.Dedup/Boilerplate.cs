namespace Dateline.Dedup;

/// <summary>
/// Recognises paragraphs that are not part of the story but are added by whoever republishes it:
/// copyright lines ("Copyright 2017 The Associated Press. All rights reserved."), newsletter plugs,
/// "follow us" lines, agency trailers ("Reporting by ...; Editing by ..."), bare bylines.
/// </summary>
public static class Boilerplate
{
    /// <summary>Paragraphs longer than this many words are never boilerplate.</summary>
    public const int MaxWords = 40;

    private const int MaxChars = 400;

    private static readonly string[] Markers =
    [
        "all rights reserved",
        "copyright",
        "\u00a9",
        "(c) 19",
        "(c) 20",
        "may not be published, broadcast, rewritten",
        "sign up for",
        "sign up to",
        "subscribe to",
        "newsletter",
        "follow us on",
        "follow him on",
        "follow her on",
        "click here",
        "contributed to this report",
        "contributed reporting",
        "reporting by",
        "editing by",
        "writing by",
        "read more:",
        "related coverage",
        "this story has been corrected",
        "this story has been updated",
        "download our app",
    ];

    /// <summary>Whether <paramref name="paragraph"/> is a republisher's addition rather than story text.</summary>
    public static bool IsBoilerplate(ReadOnlySpan<char> paragraph)
    {
        paragraph = paragraph.Trim();
        if (paragraph.Length == 0)
        {
            return true;
        }

        if (paragraph.Length > MaxChars)
        {
            return false;
        }

        Span<char> folded = stackalloc char[MaxChars];
        var length = 0;
        var words = 0;
        var inWord = false;
        var pendingSpace = false;
        foreach (var raw in paragraph)
        {
            var c = TextNormalizer.Fold(raw);
            if (c == ' ')
            {
                pendingSpace = length > 0;
                inWord = false;
                continue;
            }

            if (pendingSpace)
            {
                folded[length++] = ' ';
                pendingSpace = false;
            }

            folded[length++] = c;
            if (TextNormalizer.IsWordChar(c))
            {
                if (!inWord)
                {
                    words++;
                    inWord = true;
                }
            }
            else
            {
                inWord = false;
            }
        }

        if (words > MaxWords)
        {
            return false;
        }

        var text = folded[..length];
        if (words <= 6 && text.StartsWith("by ", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var marker in Markers)
        {
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
