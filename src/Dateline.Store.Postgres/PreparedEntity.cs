using Dateline.Core.Annotations;
using Dateline.Store.Linking;
using Dateline.Store.Queries;

namespace Dateline.Store.Postgres;

/// <summary>One of an article's entities (or, without an entities layer, one distinct mention text), its written forms, and its corpus entity once linked.</summary>
internal sealed record PreparedEntity(
    int LocalId,
    EntityLabel Label,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Titles,
    IReadOnlyList<int> Mentions,
    IReadOnlyList<EntityForm> Forms)
{
    /// <summary>The corpus entry the linker chose (set inside the writer's transaction).</summary>
    public EntityKey Corpus { get; set; } = new((int)Label, string.Empty);

    /// <summary>The linker's decision for this entity.</summary>
    public LinkDecision? Link { get; set; }
}
