using Dateline.Core.Annotations;
using Dateline.Store.Queries;

namespace Dateline.Store.Linking;

/// <summary>A corpus entity as relinking rebuilds it: id (kept from the old entity most of its article entities pointed to), key, name and evidence.</summary>
internal sealed record RelinkEntry(long Id, EntityLabel Label, string Key, string Name, string? Surname, bool Ambiguous, string? First, string? Last, IReadOnlyList<EntityForm> Forms);
