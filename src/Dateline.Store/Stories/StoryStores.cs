namespace Dateline.Store.Stories;

/// <summary>The stories of a store, for hosts.</summary>
public static class StoryStores
{
    /// <summary>The store's stories.</summary>
    /// <exception cref="StoreException">The backend keeps no stories.</exception>
    public static IStoryStore Of(ICorpusStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Find(store) ?? throw new StoreException($"{store.Location}: this store backend keeps no stories (docs/stories.md)");
    }

    /// <summary>The store's stories, or <c>null</c> when its backend keeps none.</summary>
    public static IStoryStore? Find(ICorpusStore store) => (store as IStoryBacked)?.Stories;
}
