using System.Globalization;
using Dateline.Dedup;

namespace Dateline.Store.Queries;

/// <summary>
/// One story with its copies (syndicated, cut, extended or re-headlined articles, docs/dedup.md), as
/// <c>dateline dupes --json</c> and <c>GET /api/dupes</c> write it: the story id, its size, the canonical
/// (fullest) article's id, and every copy, canonical first.
/// </summary>
public sealed record DuplicateStory(string Story, int Size, string Canonical, IReadOnlyList<DuplicateCopy> Copies)
{
    /// <summary>The listings of the first <paramref name="limit"/> story clusters, in the order given.</summary>
    public static IReadOnlyList<DuplicateStory> FirstOf(IEnumerable<StoryCluster> clusters, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        var stories = new List<DuplicateStory>();
        foreach (var cluster in clusters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (stories.Count >= limit)
            {
                break;
            }

            stories.Add(From(cluster));
        }

        return stories;
    }

    /// <summary>The listing of a story cluster of the copy index.</summary>
    public static DuplicateStory From(StoryCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return new DuplicateStory(
            cluster.StoryId,
            cluster.Size,
            cluster.Canonical.Id,
            [
                .. cluster.Copies.Select(c => new DuplicateCopy(
                    c.Article.Id,
                    c.Article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    c.Article.Outlet,
                    c.Article.Title,
                    c.Article.Signature.Words,
                    c.Diff.IsCanonical,
                    c.Diff.ExactCopy,
                    c.Diff.HeadlineChanged,
                    [.. c.Diff.ParagraphsCut],
                    [.. c.Diff.ParagraphsAdded])),
            ]);
    }
}
