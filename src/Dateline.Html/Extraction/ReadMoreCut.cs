namespace Dateline.Html.Extraction;

/// <summary>
/// Where the article ends and the page's "more to read" begins: a short line such as "Mehr zum Thema", "Das
/// könnte Sie auch interessieren", "Related articles", "Über den Autor" in the second half of the text is a
/// heading for links, teasers or an author box that escaped the class rules, so the text is cut before it.
/// </summary>
internal static class ReadMoreCut
{
    /// <summary>A line longer than this is text, not a section heading.</summary>
    private const int HeadingBelow = 60;

    private static readonly string[] Headings =
    [
        "mehr zum thema", "mehr zu diesem thema", "weitere artikel", "weitere beiträge", "weitere themen", "weitere nachrichten", "lesen sie auch",
        "lesen sie mehr", "zum weiterlesen", "weiterlesen", "auch interessant", "ebenfalls interessant", "schon gelesen", "das könnte sie",
        "das könnte dich", "das thema könnte", "diese artikel könnten", "passend dazu", "empfehlungen", "über den autor", "über die autorin",
        "zur autorin", "zum autor", "lust auf mehr", "related", "read more", "read next", "more from", "more stories", "more on this",
        "you may also like", "you might also like", "recommended", "about the author", "à lire aussi", "lire aussi", "sur le même sujet",
        "dans la même rubrique", "te puede interesar", "lee también", "noticias relacionadas", "czytaj także", "zobacz także",
        "kommentare", "comments", "leave a comment", "leave a reply", "schreibe einen kommentar", "hinterlasse einen kommentar",
        "share this", "teilen:", "diesen artikel teilen", "war der artikel", "war dieser artikel", "this entry was posted",
    ];

    /// <summary>The index of the first paragraph to drop, or <paramref name="paragraphs"/>.Count when none.</summary>
    public static int Find(string text, IReadOnlyList<Dateline.Core.TextSpan> paragraphs, int first)
    {
        for (var i = first + 2; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (paragraph.Length >= HeadingBelow || paragraph.Start * 2 < text.Length)
            {
                continue;
            }

            var line = text.AsSpan(paragraph.Start, paragraph.Length).Trim();
            foreach (var heading in Headings)
            {
                if (line.StartsWith(heading, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return paragraphs.Count;
    }
}
