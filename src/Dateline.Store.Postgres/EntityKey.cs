namespace Dateline.Store.Postgres;

/// <summary>A corpus entity's identity: its label and name key (see <see cref="NameKey"/>).</summary>
internal readonly record struct EntityKey(int Label, string Key);
