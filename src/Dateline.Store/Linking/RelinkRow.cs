using Dateline.Core.Annotations;
using Dateline.Store.Queries;

namespace Dateline.Store.Linking;

/// <summary>A stored article entity as relinking reads it: where it is, what it is called, and the corpus entity it points to now.</summary>
internal sealed record RelinkRow(
    long ArticleId,
    int LocalId,
    EntityLabel Label,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<EntityForm> Forms,
    int Mentions,
    long OldEntityId,
    string? Date,
    IReadOnlyList<string> Titles);
