using Dateline.Store.Queries;

namespace Dateline.Store.Sqlite;

/// <summary>
/// SQL that collapses copies of one story (docs/dedup.md): a quote is left out when an earlier article of
/// its story (smaller id) holds the same quote (checked only for the page, and only for articles whose story has copies). (Search hits collapse in memory: Dateline.Search's <c>SearchSnapshot.Collapse</c>.)
/// </summary>
internal static class SqliteCopyFilters
{
    /// <summary>
    /// A subquery with a row when an earlier article of quote <c>q</c>'s story (smaller id) holds the same
    /// quote text: such a quote is a copy and is left out unless every copy is asked for.
    /// </summary>
    public const string EarlierCopyOfQuote =
        "SELECT 1 FROM copies c JOIN copies o ON o.story_id = c.story_id AND o.article_id < c.article_id"
        + " JOIN quotes q2 ON q2.article_id = o.article_id AND q2.content = q.content WHERE c.article_id = q.article_id";

    /// <summary>A key that is the same for one quote text in every copy of a story (needs <c>LEFT JOIN copies c ON c.article_id = q.article_id</c>).</summary>
    public const string StoryQuoteKey = "coalesce(c.story_id, q.article_id) || char(31) || q.content";
}
