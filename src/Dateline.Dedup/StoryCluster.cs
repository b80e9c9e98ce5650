using System.Collections.Immutable;

namespace Dateline.Dedup;

/// <summary>
/// The copies of one story. The canonical article is the fullest (most words), then the earliest, then
/// the one with the smallest id; <see cref="Copies"/> lists it first, then the rest by date and id.
/// </summary>
public sealed record StoryCluster(string StoryId, CopyArticle Canonical, ImmutableArray<StoryCopy> Copies)
{
    public int Size => Copies.Length;

    /// <summary>Builds a cluster from its members (at least one).</summary>
    public static StoryCluster From(string storyId, IReadOnlyCollection<CopyArticle> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new ArgumentException("a story has at least one article", nameof(members));
        }

        var canonical = members
            .OrderByDescending(m => m.Signature.Words)
            .ThenBy(m => m.Date ?? DateOnly.MaxValue)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .First();
        var copies = ImmutableArray.CreateBuilder<StoryCopy>(members.Count);
        copies.Add(new StoryCopy(canonical, CopyDiff.Between(canonical.Signature, canonical.Signature, isCanonical: true)));
        foreach (var member in members
            .Where(m => !ReferenceEquals(m, canonical))
            .OrderBy(m => m.Date ?? DateOnly.MaxValue)
            .ThenBy(m => m.Id, StringComparer.Ordinal))
        {
            copies.Add(new StoryCopy(member, CopyDiff.Between(canonical.Signature, member.Signature)));
        }

        return new StoryCluster(storyId, canonical, copies.MoveToImmutable());
    }
}
