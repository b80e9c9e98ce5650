using Dateline.Core;

namespace Dateline.Html.Extraction;

/// <summary>An article written by <see cref="BlockEmitter"/>: the writer, and whether its first paragraph is the headline.</summary>
internal sealed record WrittenArticle(ArticleTextWriter Writer, bool HasHeadline)
{
    public int Length => Writer.Length;

    public IReadOnlyList<TextSpan> Paragraphs => Writer.Paragraphs;
}
