using System.Collections.Immutable;

namespace Dateline.Dedup;

/// <summary>How a copy differs from its story's canonical article.</summary>
/// <param name="IsCanonical">This copy is the canonical article.</param>
/// <param name="ExactCopy">The normalised bodies are identical.</param>
/// <param name="HeadlineChanged">Both have a headline and they differ.</param>
/// <param name="ParagraphsCut">Indices of the canonical article's paragraphs this copy lacks.</param>
/// <param name="ParagraphsAdded">Indices of this copy's paragraphs the canonical article lacks.</param>
public sealed record CopyDiff(bool IsCanonical, bool ExactCopy, bool HeadlineChanged, ImmutableArray<int> ParagraphsCut, ImmutableArray<int> ParagraphsAdded)
{
    /// <summary>Compares <paramref name="copy"/> with <paramref name="canonical"/> paragraph by paragraph.</summary>
    public static CopyDiff Between(CopySignature canonical, CopySignature copy, bool isCanonical = false)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        ArgumentNullException.ThrowIfNull(copy);
        var cut = ImmutableArray.CreateBuilder<int>();
        var added = ImmutableArray.CreateBuilder<int>();
        for (var i = 0; i < canonical.ParagraphHashes.Length; i++)
        {
            if (Array.IndexOf(copy.ParagraphHashes, canonical.ParagraphHashes[i]) < 0)
            {
                cut.Add(i);
            }
        }

        for (var i = 0; i < copy.ParagraphHashes.Length; i++)
        {
            if (Array.IndexOf(canonical.ParagraphHashes, copy.ParagraphHashes[i]) < 0)
            {
                added.Add(i);
            }
        }

        var headlineChanged = canonical.TitleHash != 0 && copy.TitleHash != 0 && canonical.TitleHash != copy.TitleHash;
        return new CopyDiff(isCanonical, canonical.ExactHash == copy.ExactHash && !copy.IsEmpty, headlineChanged, cut.ToImmutable(), added.ToImmutable());
    }
}
