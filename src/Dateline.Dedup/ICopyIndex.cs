namespace Dateline.Dedup;

/// <summary>Finds the copies of an article among those seen before and keeps them in story clusters.</summary>
public interface ICopyIndex
{
    DedupOptions Options { get; }

    /// <summary>Adds an article: it joins the story of its best-matching earlier copy, or founds a new one.</summary>
    CopyAssignment Add(CopyArticle article);

    /// <summary>The earlier articles that are copies of <paramref name="signature"/>, best first.</summary>
    IReadOnlyList<(StoredCopy Copy, CopyMatch Match)> FindCopies(CopySignature signature, string? excludeId = null);

    /// <summary>Removes an article from the index and from its story; false when it was not there.</summary>
    bool Remove(string id);

    /// <summary>The story of an article, or null when the article is not in the index.</summary>
    StoryCluster? StoryOf(string id);

    /// <summary>The stories with at least <paramref name="minSize"/> copies.</summary>
    IEnumerable<StoryCluster> Stories(int minSize = 2);
}
