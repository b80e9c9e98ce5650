using Dateline.Core.Annotations;
using Dateline.Store.Queries;

namespace Dateline.Store.Linking;

/// <summary>One of an article's entities (or, without an entities layer, one distinct mention text) with its written forms.</summary>
internal sealed record EntityGroup(
    int LocalId,
    EntityLabel Label,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Titles,
    IReadOnlyList<int> Mentions,
    IReadOnlyList<EntityForm> Forms);
