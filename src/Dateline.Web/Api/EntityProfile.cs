using Dateline.Search;
using Dateline.Store.Queries;

namespace Dateline.Web.Api;

/// <summary>
/// What the entity page shows for a name: the corpus entities it matches (names, aliases, counts), the
/// quotes attributed to it, and its mentions over time.
/// </summary>
public sealed record EntityProfile(
    string Name,
    IReadOnlyList<CorpusEntity> Matches,
    IReadOnlyList<QuoteHit> Quotes,
    Timeline Timeline);
