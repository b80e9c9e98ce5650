using Dateline.Core.Annotations;

namespace Dateline.Store.Queries;

/// <summary>
/// Read queries over a store. Implementations are thread-safe and return plain records that every host
/// (CLI, web API) serialises the same way. Search is Dateline.Search's <c>CorpusSearch.Search</c>: the in-memory
/// snapshot it builds over the backend's <see cref="ISnapshotSearch"/>.
/// </summary>
public interface ICorpusQueries
{
    IReadOnlyList<QuoteHit> Quotes(QuoteQuery query, CancellationToken cancellationToken = default);

    /// <summary>The most mentioned entities (by number of articles), optionally of one label.</summary>
    IReadOnlyList<CorpusEntity> Entities(EntityLabel? label, int top, CancellationToken cancellationToken = default);

    /// <summary>Entities whose name or alias is <paramref name="name"/> (case-insensitive).</summary>
    IReadOnlyList<CorpusEntity> FindEntities(string name, CancellationToken cancellationToken = default);

    /// <summary>The entities of an article (store id or document id) with the corpus entities they link to; empty if the article is unknown.</summary>
    IReadOnlyList<ArticleEntityLink> ArticleEntities(string id, CancellationToken cancellationToken = default);

    /// <summary>An article by store id or document id, rebuilt with its stored layers; <c>null</c> if absent.</summary>
    StoredArticle? Article(string id, CancellationToken cancellationToken = default);

    /// <summary>Per day: articles mentioning the named entity (name or alias), its mentions, and its quotes.</summary>
    IReadOnlyList<DailyActivity> Activity(string name, CancellationToken cancellationToken = default);

    /// <summary>Stories with at least <paramref name="minSize"/> articles (copies of one story), largest first, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<DuplicateStory> Stories(int minSize, int limit, CancellationToken cancellationToken = default);

    /// <summary>The story of an article (store id or document id) with all its copies; <c>null</c> if the article is unknown or not in the copy index.</summary>
    DuplicateStory? StoryOf(string id, CancellationToken cancellationToken = default);

    CorpusStats Stats(CancellationToken cancellationToken = default);

    IEnumerable<ArticleRecord> ExportArticles(CancellationToken cancellationToken = default);

    IEnumerable<CorpusEntity> ExportEntities(CancellationToken cancellationToken = default);

    IEnumerable<QuoteHit> ExportQuotes(CancellationToken cancellationToken = default);

    IEnumerable<TimeRecord> ExportTimes(CancellationToken cancellationToken = default);
}
