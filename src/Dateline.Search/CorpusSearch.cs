using System.Runtime.CompilerServices;
using Dateline.Search.Snapshot;
using Dateline.Store.Queries;

namespace Dateline.Search;

/// <summary>
/// Search over any store: the backend runs the SQL (full-text matches, facet and speaker lookups, the page's rows),
/// and the in-memory <see cref="SearchSnapshot"/> held here per store (one per <see cref="ICorpusQueries"/>
/// instance, reloaded when the store changes) filters, orders and counts facets.
/// </summary>
public static class CorpusSearch
{
    private static readonly ConditionalWeakTable<ICorpusQueries, SearchIndex> Indexes = [];

    /// <summary>The articles matching <paramref name="query"/> with their facets. Thread-safe.</summary>
    public static SearchResults Search(this ICorpusQueries queries, SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        if (queries is not ISnapshotSearch backend)
        {
            throw new NotSupportedException($"The store queries {queries.GetType().Name} do not support search.");
        }

        var index = Indexes.GetValue(queries, _ => new SearchIndex(backend.FacetArrays));
        return backend.Search(query, index, cancellationToken);
    }
}
