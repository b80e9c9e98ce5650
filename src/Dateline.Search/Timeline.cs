using Dateline.Store.Queries;

namespace Dateline.Search;

/// <summary>Mentions and quotes of a name per period, with the corpus entities the name matched.</summary>
public sealed record Timeline(string Name, string By, IReadOnlyList<CorpusEntity> Entities, IReadOnlyList<TimelinePoint> Points);
