namespace Dateline.Store.Stories;

/// <summary>The stories of a store, for hosts.</summary>
public static class StoryStores
{
    /// <summary>The store's stories.</summary>
    /// <exception cref="StoreException">The backend keeps no stories yet.</exception>
    public static IStoryStore Of(ICorpusStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store as IStoryStore ?? throw new StoreException($"{store.Location}: this store backend keeps no stories yet (SQLite does; docs/stories.md)");
    }
}
