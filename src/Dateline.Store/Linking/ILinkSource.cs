using Dateline.Core.Annotations;

namespace Dateline.Store.Linking;

/// <summary>What the corpus already holds, as the linker needs it: which entry a key leads to, and full-name mentions by surname and month.</summary>
public interface ILinkSource
{
    /// <summary>The entry key each of <paramref name="keys"/> leads to (keys without an entry are left out).</summary>
    IReadOnlyDictionary<(EntityLabel Label, string Key), string> Find(IReadOnlyCollection<(EntityLabel Label, string Key)> keys);

    /// <summary>Mentions per month of the full-name person entries with these surnames.</summary>
    IReadOnlyList<SurnameMentions> Surnames(IReadOnlyCollection<string> surnames);
}
