namespace Dateline.Store.Sqlite;

/// <summary>
/// SQL that collapses copies of one story (docs/dedup.md): a search hit or a quote is left out when an
/// earlier article of its story (smaller id) is also a hit, or holds the same quote.
/// </summary>
internal static class SqliteCopyFilters
{
    /// <summary>Quotes whose article has an earlier copy carrying the same quote text are left out (alias <c>q</c>).</summary>
    public const string CollapseQuotes =
        " AND NOT EXISTS (SELECT 1 FROM copies c JOIN copies o ON o.story_id = c.story_id AND o.article_id < c.article_id"
        + " JOIN quotes q2 ON q2.article_id = o.article_id AND q2.content = q.content WHERE c.article_id = q.article_id)";

    /// <summary>
    /// Narrows a search condition to one hit per story: the hit with the smallest article id among the
    /// story's hits. <paramref name="from"/> and <paramref name="condition"/> are the search's own.
    /// The unary + keeps SQLite 3.53 from probing copies_story once per value of the match list for every
    /// match (quadratic: 10+ s for 20,000 matches); the list is then only checked for the rare earlier copy.
    /// </summary>
    public static string CollapseArticles(string from, string condition, string idColumn) =>
        $"({condition}) AND NOT EXISTS (SELECT 1 FROM copies c JOIN copies o ON o.story_id = c.story_id AND o.article_id < c.article_id"
        + $" WHERE c.article_id = {idColumn} AND +o.article_id IN (SELECT {idColumn} FROM {from} WHERE {condition}))";

    /// <summary>A key that is the same for one quote text in every copy of a story (needs <c>LEFT JOIN copies c ON c.article_id = q.article_id</c>).</summary>
    public const string StoryQuoteKey = "coalesce(c.story_id, q.article_id) || char(31) || q.content";
}
