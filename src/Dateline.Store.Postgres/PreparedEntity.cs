using Dateline.Core.Annotations;

namespace Dateline.Store.Postgres;

/// <summary>One of an article's entities (or, without an entities layer, one distinct mention text) and its corpus entity.</summary>
internal sealed record PreparedEntity(
    int LocalId,
    EntityLabel Label,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Titles,
    IReadOnlyList<int> Mentions,
    EntityKey Corpus);
