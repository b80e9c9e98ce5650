using Dateline.Core.Annotations;

namespace Dateline.Store.Linking;

/// <summary>An empty corpus: everything the linker knows comes from the batch itself (used to relink a whole corpus in one batch).</summary>
public sealed class EmptyLinkSource : ILinkSource
{
    /// <summary>The one instance.</summary>
    public static EmptyLinkSource Instance { get; } = new();

    private EmptyLinkSource()
    {
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<(EntityLabel Label, string Key), string> Find(IReadOnlyCollection<(EntityLabel Label, string Key)> keys) =>
        new Dictionary<(EntityLabel, string), string>();

    /// <inheritdoc/>
    public IReadOnlyList<SurnameMentions> Surnames(IReadOnlyCollection<string> surnames) => [];
}
