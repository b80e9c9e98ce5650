namespace Dateline.Dedup;

/// <summary>Copy storage in dictionaries, for evaluation and tests. Not thread-safe.</summary>
public sealed class InMemoryCopyStorage : ICopyStorage
{
    private readonly Dictionary<ulong, List<string>> _buckets = [];
    private readonly Dictionary<string, (StoredCopy Copy, ulong[] Buckets)> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _stories = new(StringComparer.Ordinal);

    public int Count => _articles.Count;

    public void Add(CopyArticle article, string storyId, ReadOnlySpan<ulong> buckets)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(storyId);
        Remove(article.Id);
        var keys = buckets.ToArray();
        _articles[article.Id] = (new StoredCopy(article, storyId), keys);
        foreach (var key in keys)
        {
            if (!_buckets.TryGetValue(key, out var list))
            {
                _buckets[key] = list = [];
            }

            if (list.Count == 0 || !ReferenceEquals(list[^1], article.Id))
            {
                list.Add(article.Id);
            }
        }

        if (!_stories.TryGetValue(storyId, out var members))
        {
            _stories[storyId] = members = new HashSet<string>(StringComparer.Ordinal);
        }

        members.Add(article.Id);
    }

    public void CountCandidates(ReadOnlySpan<ulong> buckets, Dictionary<string, int> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        foreach (var key in buckets)
        {
            if (_buckets.TryGetValue(key, out var list))
            {
                foreach (var id in list)
                {
                    hits[id] = hits.GetValueOrDefault(id) + 1;
                }
            }
        }
    }

    public StoredCopy? Get(string id) => _articles.TryGetValue(id, out var entry) ? entry.Copy : null;

    public IReadOnlyList<CopyArticle> Members(string storyId) =>
        _stories.TryGetValue(storyId, out var members) ? members.Select(m => _articles[m].Copy.Article).ToList() : [];

    public bool Remove(string id)
    {
        if (!_articles.Remove(id, out var entry))
        {
            return false;
        }

        foreach (var key in entry.Buckets)
        {
            if (_buckets.TryGetValue(key, out var list))
            {
                list.Remove(id);
                if (list.Count == 0)
                {
                    _buckets.Remove(key);
                }
            }
        }

        if (_stories.TryGetValue(entry.Copy.StoryId, out var members))
        {
            members.Remove(id);
            if (members.Count == 0)
            {
                _stories.Remove(entry.Copy.StoryId);
            }
        }

        return true;
    }

    public IReadOnlyList<string> Stories(int minSize) =>
        _stories.Where(s => s.Value.Count >= minSize).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();
}
