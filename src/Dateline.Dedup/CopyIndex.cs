namespace Dateline.Dedup;

/// <summary>
/// Incremental copy detection over an <see cref="ICopyStorage"/>: an added article's bucket keys (LSH
/// bands and paragraph hashes) give candidates, the candidates sharing the most buckets are verified
/// with <see cref="CopyComparer"/>, and the article joins the story of the best verified match. An
/// article added a year later still finds its story, since the buckets are kept in the storage.
/// </summary>
public sealed class CopyIndex : ICopyIndex
{
    private readonly ICopyStorage _storage;
    private readonly CopyComparer _comparer;

    public CopyIndex(ICopyStorage storage, DedupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
        Options = options ?? DedupOptions.Default;
        Options.Validate();
        _comparer = new CopyComparer(Options);
    }

    public DedupOptions Options { get; }

    /// <summary>A copy index that keeps everything in memory (evaluation, tests).</summary>
    public static CopyIndex InMemory(DedupOptions? options = null) => new(new InMemoryCopyStorage(), options);

    public CopyAssignment Add(CopyArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Span<ulong> keys = stackalloc ulong[BucketKeys.MaxCount(Options)];
        keys = keys[..BucketKeys.Write(article.Signature, Options, keys)];
        var best = Best(article.Signature, keys, article.Id);
        var storyId = best?.Copy.StoryId ?? article.Id;
        _storage.Add(article, storyId, keys);
        return new CopyAssignment(article.Id, storyId, best?.Copy.Article.Id, best?.Match ?? default);
    }

    public IReadOnlyList<(StoredCopy Copy, CopyMatch Match)> FindCopies(CopySignature signature, string? excludeId = null)
    {
        ArgumentNullException.ThrowIfNull(signature);
        Span<ulong> keys = stackalloc ulong[BucketKeys.MaxCount(Options)];
        keys = keys[..BucketKeys.Write(signature, Options, keys)];
        return Verified(signature, keys, excludeId);
    }

    public bool Remove(string id) => _storage.Remove(id);

    public StoryCluster? StoryOf(string id)
    {
        var stored = _storage.Get(id);
        return stored is null ? null : StoryCluster.From(stored.StoryId, _storage.Members(stored.StoryId).ToList());
    }

    public IEnumerable<StoryCluster> Stories(int minSize = 2)
    {
        foreach (var storyId in _storage.Stories(minSize))
        {
            var members = _storage.Members(storyId);
            if (members.Count >= minSize)
            {
                yield return StoryCluster.From(storyId, members.ToList());
            }
        }
    }

    private (StoredCopy Copy, CopyMatch Match)? Best(CopySignature signature, ReadOnlySpan<ulong> keys, string excludeId)
    {
        var verified = Verified(signature, keys, excludeId);
        return verified.Count == 0 ? null : verified[0];
    }

    private List<(StoredCopy Copy, CopyMatch Match)> Verified(CopySignature signature, ReadOnlySpan<ulong> keys, string? excludeId)
    {
        var result = new List<(StoredCopy Copy, CopyMatch Match)>();
        if (keys.IsEmpty)
        {
            return result;
        }

        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        _storage.CountCandidates(keys, hits);
        if (excludeId is not null)
        {
            hits.Remove(excludeId);
        }

        foreach (var (id, _) in hits
            .OrderByDescending(h => h.Value)
            .ThenBy(h => h.Key, StringComparer.Ordinal)
            .Take(Options.MaxCandidates))
        {
            if (_storage.Get(id) is not { } candidate)
            {
                continue;
            }

            var match = CopyComparer.Compare(signature, candidate.Article.Signature);
            if (_comparer.IsCopy(match, signature, candidate.Article.Signature))
            {
                result.Add((candidate, match));
            }
        }

        result.Sort((x, y) =>
        {
            var byScore = y.Match.Score.CompareTo(x.Match.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(x.Copy.Article.Id, y.Copy.Article.Id);
        });
        return result;
    }
}
