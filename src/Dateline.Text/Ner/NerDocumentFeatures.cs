using System.Collections.Immutable;
using Dateline.Core.Annotations;
using Dateline.Text.Tokenization;

namespace Dateline.Text.Ner;

/// <summary>
/// Per-document token information for the NER features, computed once per document (hashes, shapes, clusters,
/// gazetteer matches, document-level casing evidence), then read by <see cref="Extract"/> for each token.
/// </summary>
internal sealed class NerDocumentFeatures
{
    public const int MaxKeys = 72;

    private const byte Cap = 1;
    private const byte AllCaps = 2;
    private const byte SentenceStart = 4;
    private const byte CapsSentence = 8;
    private const byte DocCapitalised = 16;
    private const byte DocLower = 32;
    private const byte HasLetter = 64;

    private const ulong Before = 0x1234567UL;
    private const ulong After = 0x7654321UL;

    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly ulong[] _lower;
    private readonly ulong[] _word;
    private readonly ulong[] _shape;
    private readonly ulong[] _short;
    private readonly int[] _cluster;
    private readonly uint[] _gazetteer;
    private readonly byte[] _flags;

    public NerDocumentFeatures(string text, ImmutableArray<Token> tokens, ReadOnlySpan<Sentence> sentences, NerLexicon lexicon)
    {
        _text = text;
        _tokens = tokens;
        var n = tokens.Length;
        _lower = new ulong[n];
        _word = new ulong[n];
        _shape = new ulong[n];
        _short = new ulong[n];
        _cluster = new int[n];
        _gazetteer = new uint[n];
        _flags = new byte[n];
        Span<char> shape = stackalloc char[24];
        foreach (var sentence in sentences)
        {
            var first = sentence.FirstToken;
            var end = first + sentence.TokenCount;
            var lettered = 0;
            var caps = 0;
            for (var k = first; k < end; k++)
            {
                var s = tokens[k].Span.Slice(text);
                var flags = Describe(s);
                if (k == first)
                {
                    flags |= SentenceStart;
                }

                _flags[k] = flags;
                if ((flags & HasLetter) != 0 && s.Length > 1)
                {
                    lettered++;
                    if ((flags & AllCaps) != 0)
                    {
                        caps++;
                    }
                }
            }

            var capsSentence = lettered >= 2 && caps * 10 >= lettered * 7;
            for (var k = first; k < end; k++)
            {
                var s = tokens[k].Span.Slice(text);
                var title = capsSentence && (_flags[k] & AllCaps) != 0 && s.Length > 1;
                if (capsSentence)
                {
                    _flags[k] |= CapsSentence;
                }

                _lower[k] = FeatureHash.OfLower(s);
                var exact = FeatureHash.Of(s);
                var titleHash = (_flags[k] & AllCaps) != 0 && s.Length > 1 ? OfTitle(s) : exact;
                _word[k] = title ? titleHash : exact;
                var shapeLength = Shape(s, title, shape, out var shortLength);
                _shape[k] = FeatureHash.Of(shape[..shapeLength]);
                _short[k] = FeatureHash.Of(shape.Slice(shapeLength, shortLength));
                var cluster = lexicon.Cluster(exact);
                if (cluster == 0 && titleHash != exact)
                {
                    cluster = lexicon.Cluster(titleHash);
                }

                if (cluster == 0)
                {
                    cluster = lexicon.Cluster(_lower[k]);
                }

                _cluster[k] = cluster;
            }

            if (lexicon.MaxGazetteerLength > 0)
            {
                MatchGazetteer(lexicon, first, end);
            }
        }

        MarkDocumentCasing(n);
    }

    public static ulong HistoryKey(int label) => FeatureHash.Key(60, (ulong)label);

    /// <summary>Writes the feature keys of token <paramref name="i"/> in the sentence <c>[first, end)</c>; returns how many.</summary>
    public int Extract(int i, int first, int end, Span<ulong> keys)
    {
        var n = 0;
        var flags = _flags[i];
        var lower = _lower[i];
        var shortShape = _short[i];
        var lowerM1 = i > first ? _lower[i - 1] : Before;
        var lowerP1 = i + 1 < end ? _lower[i + 1] : After;
        var lowerM2 = i - 1 > first ? _lower[i - 2] : Before;
        var lowerP2 = i + 2 < end ? _lower[i + 2] : After;
        var shortM1 = i > first ? _short[i - 1] : Before;
        var shortP1 = i + 1 < end ? _short[i + 1] : After;

        keys[n++] = FeatureHash.Key(0, 0);
        keys[n++] = FeatureHash.Key(1, lower);
        keys[n++] = FeatureHash.Key(2, _word[i]);
        keys[n++] = FeatureHash.Key(3, lowerM1);
        keys[n++] = FeatureHash.Key(4, lowerP1);
        keys[n++] = FeatureHash.Key(5, lowerM2);
        keys[n++] = FeatureHash.Key(6, lowerP2);
        keys[n++] = FeatureHash.Key(7, _shape[i]);
        keys[n++] = FeatureHash.Key(8, shortShape);
        keys[n++] = FeatureHash.Key(9, shortM1, shortShape);
        keys[n++] = FeatureHash.Key(10, shortShape, shortP1);
        keys[n++] = FeatureHash.Key(11, shortM1);
        keys[n++] = FeatureHash.Key(12, shortP1);
        keys[n++] = FeatureHash.Key(13, lowerM1, lower);
        keys[n++] = FeatureHash.Key(14, lower, lowerP1);
        keys[n++] = FeatureHash.Key(15, lowerM1, shortShape);
        keys[n++] = FeatureHash.Key(16, shortShape, lowerP1);
        keys[n++] = FeatureHash.Key(17, shortM1, shortShape + (shortP1 * 3));

        var s = _tokens[i].Span.Slice(_text);
        for (var length = 1; length <= 4 && length < s.Length; length++)
        {
            keys[n++] = FeatureHash.Key(20 + length, FeatureHash.OfLower(s[..length]));
            keys[n++] = FeatureHash.Key(25 + length, FeatureHash.OfLower(s[^length..]));
        }

        var cluster = _cluster[i];
        if (cluster != 0)
        {
            for (var g = 0; g < 3; g++)
            {
                keys[n++] = FeatureHash.Key(30 + g, (ulong)((cluster >> (g * 10)) & 0x3FF));
            }
        }
        else
        {
            keys[n++] = FeatureHash.Key(33, 0);
        }

        AddNeighbourCluster(i - 1, first, end, 34, keys, ref n);
        AddNeighbourCluster(i + 1, first, end, 36, keys, ref n);

        var gazetteer = _gazetteer[i];
        while (gazetteer != 0 && n < MaxKeys - 16)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(gazetteer);
            keys[n++] = FeatureHash.Key(40, (ulong)bit);
            keys[n++] = FeatureHash.Key(41, (ulong)bit, shortShape);
            gazetteer &= gazetteer - 1;
        }

        AddNeighbourGazetteer(i - 1, first, end, 42, keys, ref n);
        AddNeighbourGazetteer(i + 1, first, end, 43, keys, ref n);

        if ((flags & SentenceStart) != 0)
        {
            keys[n++] = FeatureHash.Key(44, shortShape);
            keys[n++] = FeatureHash.Key(45, lower);
        }

        if ((flags & CapsSentence) != 0)
        {
            keys[n++] = FeatureHash.Key(46, shortShape);
            keys[n++] = FeatureHash.Key(47, lower);
        }

        keys[n++] = FeatureHash.Key(48, (ulong)(flags & (Cap | SentenceStart | CapsSentence | DocCapitalised | DocLower)));
        keys[n++] = FeatureHash.Key(49, (ulong)_tokens[i].Kind);
        keys[n++] = FeatureHash.Key(50, (ulong)Math.Min(s.Length, 12), shortShape);
        return n;
    }

    /// <summary>Whether the token starts with a capital letter (only such tokens feed the prediction history).</summary>
    public bool IsCapitalised(int i) => (_flags[i] & Cap) != 0;

    public ulong LowerHash(int i) => _lower[i];

    private void AddNeighbourCluster(int k, int first, int end, int template, Span<ulong> keys, ref int n)
    {
        var cluster = k >= first && k < end ? _cluster[k] : -1;
        if (cluster <= 0)
        {
            keys[n++] = FeatureHash.Key(template, cluster < 0 ? 1UL : 0UL);
            return;
        }

        keys[n++] = FeatureHash.Key(template, 2 + (ulong)((cluster >> 10) & 0x3FF));
        keys[n++] = FeatureHash.Key(template + 1, (ulong)((cluster >> 20) & 0x3FF));
    }

    private void AddNeighbourGazetteer(int k, int first, int end, int template, Span<ulong> keys, ref int n)
    {
        if (k < first || k >= end)
        {
            return;
        }

        var gazetteer = _gazetteer[k];
        var categories = 0u;
        while (gazetteer != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(gazetteer);
            categories |= 1u << (bit / 4);
            gazetteer &= gazetteer - 1;
        }

        if (categories != 0)
        {
            keys[n++] = FeatureHash.Key(template, categories);
        }
    }

    private void MatchGazetteer(NerLexicon lexicon, int first, int end)
    {
        for (var start = first; start < end; start++)
        {
            var hash = NerLexicon.SequenceSeed;
            var bestLength = 0;
            ushort bestBits = 0;
            for (var length = 1; length <= lexicon.MaxGazetteerLength && start + length <= end; length++)
            {
                hash = NerLexicon.ExtendSequence(hash, _lower[start + length - 1]);
                var bits = lexicon.Gazetteer(hash);
                if (bits != 0)
                {
                    bestLength = length;
                    bestBits = bits;
                }
            }

            if (bestLength == 0)
            {
                continue;
            }

            for (var category = 0; category < NerLexicon.Categories.Length; category++)
            {
                if ((bestBits & (1 << category)) == 0)
                {
                    continue;
                }

                for (var k = 0; k < bestLength; k++)
                {
                    var position = bestLength == 1 ? 3 : k == 0 ? 0 : k == bestLength - 1 ? 2 : 1;
                    _gazetteer[start + k] |= 1u << ((category * 4) + position);
                }
            }
        }
    }

    private void MarkDocumentCasing(int n)
    {
        var seen = new Dictionary<ulong, byte>();
        for (var k = 0; k < n; k++)
        {
            var flags = _flags[k];
            if ((flags & HasLetter) == 0 || (flags & (SentenceStart | CapsSentence)) != 0)
            {
                continue;
            }

            var mark = (flags & Cap) != 0 ? DocCapitalised : CharClasses.IsLower(_text[_tokens[k].Span.Start]) ? DocLower : (byte)0;
            if (mark != 0)
            {
                seen[_lower[k]] = (byte)((seen.TryGetValue(_lower[k], out var old) ? old : 0) | mark);
            }
        }

        for (var k = 0; k < n; k++)
        {
            if (seen.TryGetValue(_lower[k], out var mark))
            {
                _flags[k] |= mark;
            }
        }
    }

    private static byte Describe(ReadOnlySpan<char> s)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in s)
        {
            if (CharClasses.IsLetter(c))
            {
                letters++;
                if (CharClasses.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        byte flags = 0;
        if (letters > 0)
        {
            flags |= HasLetter;
            if (CharClasses.IsUpper(s[0]))
            {
                flags |= Cap;
            }

            if (upper == letters)
            {
                flags |= AllCaps;
            }
        }

        return flags;
    }

    private static ulong OfTitle(ReadOnlySpan<char> s)
    {
        Span<char> buffer = stackalloc char[Math.Min(s.Length, 64)];
        var length = buffer.Length;
        for (var k = 0; k < length; k++)
        {
            buffer[k] = k == 0 ? s[k] : FeatureHash.Lower(s[k]);
        }

        return length == s.Length ? FeatureHash.Of(buffer) : FeatureHash.Combine(FeatureHash.Of(buffer), FeatureHash.Of(s[length..]));
    }

    /// <summary>Writes the word shape ("Xxxxx", "dd.d") then the short shape ("Xx", "d.d") into <paramref name="output"/>.</summary>
    private static int Shape(ReadOnlySpan<char> s, bool title, Span<char> output, out int shortLength)
    {
        var length = Math.Min(s.Length, 12);
        for (var k = 0; k < length; k++)
        {
            var c = s[k];
            output[k] = CharClasses.IsDigit(c) ? 'd'
                : CharClasses.IsUpper(c) && (!title || k == 0) ? 'X'
                : CharClasses.IsLetter(c) ? 'x'
                : c;
        }

        shortLength = 0;
        var previous = '\0';
        for (var k = 0; k < length; k++)
        {
            var c = output[k];
            if (c != previous)
            {
                output[length + shortLength++] = c;
                previous = c;
            }
        }

        return length;
    }
}
