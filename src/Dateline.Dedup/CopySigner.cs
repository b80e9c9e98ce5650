using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Dateline.Core;

namespace Dateline.Dedup;

/// <summary>
/// Computes <see cref="CopySignature"/>s. Words are folded (<see cref="TextNormalizer.Fold(char)"/>) and
/// hashed with XxHash3 straight from the text, shingles are rolled over the last k word hashes, and each
/// shingle updates one bin of a one-permutation MinHash (Li, Owen and Zhang 2012) that is densified at
/// the end (Shrivastava 2017), so a signature costs one hash per word whatever the number of bins.
/// Nothing is allocated per word; only the result arrays are. Thread-safe.
/// </summary>
public sealed class CopySigner
{
    private const int MaxWordChars = 64;
    private const int PrecomputedProbes = 16;
    private const ulong WordSeed = 0x5EED_0001_D47E_11AEUL;
    private const ulong ShingleSeed = 0x2545F4914F6CDD1DUL;
    private const ulong ParagraphSeed = 0x94D049BB133111EBUL;
    private const ulong ExactSeed = 0xBF58476D1CE4E5B9UL;
    private const ulong TitleSeed = 0x62A9D9ED799705F5UL;
    private const ulong EmptyBin = ulong.MaxValue;

    private readonly int _binShift;
    private readonly int[] _probes;

    public CopySigner(DedupOptions? options = null)
    {
        Options = options ?? DedupOptions.Default;
        Options.Validate();
        _binShift = 64 - System.Numerics.BitOperations.Log2((uint)Options.Hashes);
        _probes = new int[Options.Hashes * PrecomputedProbes];
        for (var bin = 0; bin < Options.Hashes; bin++)
        {
            for (var attempt = 0; attempt < PrecomputedProbes; attempt++)
            {
                _probes[(bin * PrecomputedProbes) + attempt] = Probe(bin, attempt);
            }
        }
    }

    public DedupOptions Options { get; }

    /// <summary>Signs a document: its body paragraphs (<see cref="BodyParagraphs.Of(Document)"/>) and its headline.</summary>
    public CopySignature Sign(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = document.Metadata.Title;
        if (document.Get(Core.Annotations.Layers.Structure)?.Headline is { } headline)
        {
            title = document.GetText(headline);
        }

        return Sign(document.Text, BodyParagraphs.Of(document), title);
    }

    /// <summary>Signs plain text, split into paragraphs on blank lines.</summary>
    public CopySignature Sign(string text, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Sign(text, BodyParagraphs.Split(text), title);
    }

    /// <summary>Signs the given paragraphs of <paramref name="text"/>.</summary>
    public CopySignature Sign(string text, IReadOnlyList<TextSpan> paragraphs, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var hashes = Options.Hashes;
        var k = Options.ShingleSize;
        Span<ulong> bins = hashes <= 256 ? stackalloc ulong[hashes] : new ulong[hashes];
        bins.Fill(EmptyBin);
        var state = new State { Exact = ExactSeed, Paragraph = ParagraphSeed };
        Span<ulong> ring = stackalloc ulong[k];
        var paragraphHashes = ArrayPool<ulong>.Shared.Rent(Math.Max(paragraphs.Count, 1));
        var paragraphCount = 0;
        try
        {
            var first = true;
            foreach (var paragraph in paragraphs)
            {
                var span = text.AsSpan(paragraph.Start, paragraph.Length);
                if (Boilerplate.IsBoilerplate(span))
                {
                    continue;
                }

                if (first)
                {
                    span = span[DatelinePrefix.Length(span)..];
                    first = false;
                }

                var wordsBefore = state.Words;
                state.Paragraph = ParagraphSeed;
                ScanWords(span, ref state, ring, bins);
                if (state.Words - wordsBefore >= Options.MinParagraphWords)
                {
                    paragraphHashes[paragraphCount++] = HashMix.Finish(state.Paragraph);
                }
            }

            if (state.Words is > 0 && state.Words < k)
            {
                // Shorter than one shingle: the whole text is the one shingle.
                AddShingle(ring[..state.Words], 0, bins, ref state);
            }

            var minHash = new uint[hashes];
            Densify(bins, minHash, state.Shingles);
            var exact = state.Words == 0 ? 0UL : HashMix.Finish(state.Exact) | 1UL;
            return new CopySignature(exact, minHash, state.Shingles, state.Words, paragraphHashes.AsSpan(0, paragraphCount).ToArray(), TitleHash(title));
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(paragraphHashes);
        }
    }

    /// <summary>A hash of the normalised words of a headline, or 0 for none.</summary>
    public static ulong TitleHash(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return 0;
        }

        var hash = TitleSeed;
        var any = false;
        Span<char> word = stackalloc char[MaxWordChars];
        var length = 0;
        foreach (var raw in title)
        {
            var c = TextNormalizer.Fold(raw);
            if (TextNormalizer.IsWordChar(c))
            {
                if (length < MaxWordChars)
                {
                    word[length++] = c;
                }
            }
            else if (!(TextNormalizer.IsJoiner(c) && length > 0) && length > 0)
            {
                hash = HashMix.Combine(hash, HashWord(word[..length]));
                any = true;
                length = 0;
            }
        }

        if (length > 0)
        {
            hash = HashMix.Combine(hash, HashWord(word[..length]));
            any = true;
        }

        return any ? HashMix.Finish(hash) | 1UL : 0;
    }

    private static ulong HashWord(ReadOnlySpan<char> word) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word), unchecked((long)WordSeed));

    private void ScanWords(ReadOnlySpan<char> span, ref State state, Span<ulong> ring, Span<ulong> bins)
    {
        Span<char> word = stackalloc char[MaxWordChars];
        var length = 0;
        foreach (var raw in span)
        {
            var c = TextNormalizer.Fold(raw);
            if (TextNormalizer.IsWordChar(c))
            {
                if (length < MaxWordChars)
                {
                    word[length++] = c;
                }
            }
            else if (TextNormalizer.IsJoiner(c) && length > 0)
            {
                // "don't" and "dont" are one word.
            }
            else if (length > 0)
            {
                AddWord(HashWord(word[..length]), ref state, ring, bins);
                length = 0;
            }
        }

        if (length > 0)
        {
            AddWord(HashWord(word[..length]), ref state, ring, bins);
        }
    }

    private void AddWord(ulong wordHash, ref State state, Span<ulong> ring, Span<ulong> bins)
    {
        state.Exact = HashMix.Combine(state.Exact, wordHash);
        state.Paragraph = HashMix.Combine(state.Paragraph, wordHash);
        var k = ring.Length;
        ring[state.Words % k] = wordHash;
        state.Words++;
        if (state.Words >= k)
        {
            AddShingle(ring, state.Words % k, bins, ref state);
        }
    }

    private void AddShingle(ReadOnlySpan<ulong> ring, int oldest, Span<ulong> bins, ref State state)
    {
        var h = ShingleSeed;
        for (var j = 0; j < ring.Length; j++)
        {
            var at = oldest + j;
            h = HashMix.Combine(h, ring[at < ring.Length ? at : at - ring.Length]);
        }

        h = HashMix.Finish(h);
        var bin = (int)(h >> _binShift);
        var value = (ulong)(uint)h;
        if (value < bins[bin])
        {
            bins[bin] = value;
        }

        state.Shingles++;
    }

    private void Densify(ReadOnlySpan<ulong> bins, Span<uint> result, int shingles)
    {
        if (shingles == 0)
        {
            result.Clear();
            return;
        }

        var hashes = bins.Length;
        for (var bin = 0; bin < hashes; bin++)
        {
            if (bins[bin] != EmptyBin)
            {
                result[bin] = (uint)bins[bin];
                continue;
            }

            // An empty bin borrows the value of a non-empty bin chosen by a fixed, per-bin probe sequence,
            // so two articles with the same shingles fill their empty bins the same way.
            for (var attempt = 0; ; attempt++)
            {
                var probe = attempt < PrecomputedProbes ? _probes[(bin * PrecomputedProbes) + attempt]
                    : attempt < 4096 ? Probe(bin, attempt)
                    : (bin + attempt) % hashes;
                if (bins[probe] != EmptyBin)
                {
                    result[bin] = (uint)bins[probe];
                    break;
                }
            }
        }
    }

    private int Probe(int bin, int attempt) => (int)(HashMix.Finish(((ulong)(uint)bin << 32) | (uint)(attempt + 1)) >> _binShift);

    private struct State
    {
        public ulong Exact;
        public ulong Paragraph;
        public int Words;
        public int Shingles;
    }
}
