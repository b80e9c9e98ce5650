namespace Dateline.Dedup;

/// <summary>
/// Where a <see cref="CopyIndex"/> keeps its articles and candidate buckets (LSH band keys and paragraph
/// hashes, each mapping to the articles that have it): in memory, or in the corpus store so memory is
/// bounded by the batch rather than the corpus.
/// </summary>
public interface ICopyStorage
{
    /// <summary>Adds (or replaces) an article, its story and its bucket keys.</summary>
    void Add(CopyArticle article, string storyId, ReadOnlySpan<ulong> buckets);

    /// <summary>Counts, per article, how many of <paramref name="buckets"/> it is in.</summary>
    void CountCandidates(ReadOnlySpan<ulong> buckets, Dictionary<string, int> hits);

    StoredCopy? Get(string id);

    /// <summary>The articles of a story.</summary>
    IReadOnlyList<CopyArticle> Members(string storyId);

    /// <summary>Removes an article and its bucket keys; false when it was not there.</summary>
    bool Remove(string id);

    /// <summary>The ids of the stories with at least <paramref name="minSize"/> articles.</summary>
    IReadOnlyList<string> Stories(int minSize);
}
