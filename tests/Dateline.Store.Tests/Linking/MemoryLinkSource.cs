using Dateline.Core.Annotations;
using Dateline.Store.Linking;

namespace Dateline.Store.Tests.Linking;

/// <summary>A corpus for linker tests: keys leading to entries, and full-name mentions by surname and month.</summary>
internal sealed class MemoryLinkSource : ILinkSource
{
    public Dictionary<(EntityLabel Label, string Key), string> Keys { get; } = [];

    public List<SurnameMentions> Mentions { get; } = [];

    public MemoryLinkSource Person(string key, string month, int mentions)
    {
        Keys[(EntityLabel.PER, key)] = key;
        Mentions.Add(new SurnameMentions(EntityNames.Surname(key)!, key, month, mentions));
        return this;
    }

    public IReadOnlyDictionary<(EntityLabel Label, string Key), string> Find(IReadOnlyCollection<(EntityLabel Label, string Key)> keys) =>
        keys.Where(Keys.ContainsKey).ToDictionary(k => k, k => Keys[k]);

    public IReadOnlyList<SurnameMentions> Surnames(IReadOnlyCollection<string> surnames) => [.. Mentions.Where(m => surnames.Contains(m.Surname))];
}
