using System.Text;
using System.Text.RegularExpressions;

namespace Dateline.Html.Evaluation;

/// <summary>
/// Damages a good page in the ways real crawls are damaged, to check that the extractor still finds the article:
/// <c>title</c> (the <c>&lt;/title&gt;</c> misspelt, so the title swallows the page), <c>head</c> (broken head
/// markup: an attribute quote never closed, <c>&lt;/body&gt;&lt;/html&gt;</c> right after the head), <c>comments</c>
/// (a long comment section and a reply form without any class that names them, after the article) and
/// <c>layout</c> (the article in <c>&lt;aside&gt;</c>/<c>&lt;footer&gt;</c> instead of <c>&lt;article&gt;</c>/
/// <c>&lt;main&gt;</c>, or the whole body in an aside).
/// </summary>
public static partial class PageDamage
{
    public static IReadOnlyList<string> Kinds { get; } = ["title", "head", "comments", "layout"];

    /// <summary>Composed reader comments (no page's words): what a comment section says.</summary>
    private static readonly string[] CommentSentences =
    [
        "I have been reading this blog for years and this is one of the best posts so far, thanks a lot for writing it up in such detail.",
        "Great article! I tried the same thing last week and it worked perfectly, although I had to change a few settings first.",
        "Not sure I agree with everything here, but it is an interesting point of view and I will think about it again tomorrow.",
        "Thanks for sharing. My husband and I were discussing exactly this at dinner yesterday, and now we finally have an answer.",
        "Does anyone know whether this also works on older versions? I could not find anything about it in the comments above.",
        "Wonderful, as always. Keep up the good work, and please write more about this topic soon, we are all waiting for it.",
    ];

    private static readonly string[] Names = ["Anna", "Mark T.", "julia_88", "Peter", "Sandra K.", "Tom"];

    public static string Apply(string html, string kind)
    {
        ArgumentNullException.ThrowIfNull(html);
        return kind switch
        {
            "title" => TitleClose().Replace(html, "</titel>", 1),
            "head" => BreakHead(html),
            "comments" => InsertBeforeBodyEnd(html, CommentSection()),
            "layout" => MoveToAside(html),
            _ => throw new ArgumentException($"unknown damage '{kind}' (known: {string.Join(", ", Kinds)})", nameof(kind)),
        };
    }

    private static string BreakHead(string html)
    {
        var head = HeadOpen().Match(html);
        if (head.Success)
        {
            html = html.Insert(head.Index + head.Length, "<meta name=\"keywords\" content=\"broken, page>");
        }

        return HeadClose().Replace(html, "</head></body></html>", 1);
    }

    private static string MoveToAside(string html)
    {
        if (ArticleTag().IsMatch(html))
        {
            return ArticleTag().Replace(html, m => m.Value.Replace(m.Groups["tag"].Value, m.Groups["tag"].Value.Equals("main", StringComparison.OrdinalIgnoreCase) ? "footer" : "aside", StringComparison.Ordinal));
        }

        var body = BodyOpen().Match(html);
        return body.Success ? InsertBeforeBodyEnd(html.Insert(body.Index + body.Length, "<aside>"), "</aside>") : html;
    }

    private static string CommentSection()
    {
        var section = new StringBuilder("<div><h3>12 thoughts on this</h3>");
        for (var i = 0; i < 12; i++)
        {
            section.Append("<div><p><b>").Append(Names[i % Names.Length]).Append("</b> says:</p><p>March ").Append(3 + i)
                .Append(", 2021 at 10:").Append(10 + i).Append(" pm</p><p>").Append(CommentSentences[i % CommentSentences.Length])
                .Append(' ').Append(CommentSentences[(i + 2) % CommentSentences.Length]).Append("</p><p><a href=\"#\">Reply</a></p></div>");
        }

        section.Append("<h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p>")
            .Append("<p>Comment <textarea rows=\"8\"></textarea></p><p>Name * <input></p><p><input type=\"submit\" value=\"Post Comment\"></p></div>");
        return section.ToString();
    }

    private static string InsertBeforeBodyEnd(string html, string insert)
    {
        var end = html.LastIndexOf("</body", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + insert : html.Insert(end, insert);
    }

    [GeneratedRegex(@"</title\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleClose();

    [GeneratedRegex(@"<head(?:\s[^>]*)?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadOpen();

    [GeneratedRegex(@"</head\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadClose();

    [GeneratedRegex(@"<body(?:\s[^>]*)?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyOpen();

    [GeneratedRegex(@"</?(?<tag>article|main)(?=[\s>])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ArticleTag();
}
