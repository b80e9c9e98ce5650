using System.Buffers;
using System.Collections.Immutable;
using Dateline.Core.Annotations;

namespace Dateline.Text.Ner;

/// <summary>Runs a <see cref="NerModel"/> over a tokenized, sentence-split document.</summary>
public static class NerTagger
{
    public static List<TaggedEntity> Tag(NerModel model, string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(text);
        const int T = BilouTags.Count;
        var result = new List<TaggedEntity>();
        if (tokens.IsDefaultOrEmpty || sentences.IsDefaultOrEmpty)
        {
            return result;
        }

        var features = new NerDocumentFeatures(text, tokens, sentences.AsSpan(), model.Lexicon);
        var history = new PredictionHistory();
        Span<ulong> keys = stackalloc ulong[NerDocumentFeatures.MaxKeys + 1];
        var longest = 0;
        foreach (var sentence in sentences)
        {
            longest = Math.Max(longest, sentence.TokenCount);
        }

        var emissions = ArrayPool<float>.Shared.Rent(longest * T);
        var tags = ArrayPool<int>.Shared.Rent(longest);
        try
        {
            foreach (var sentence in sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var first = sentence.FirstToken;
                var length = sentence.TokenCount;
                var end = first + length;
                var scores = emissions.AsSpan(0, length * T);
                scores.Clear();
                for (var i = first; i < end; i++)
                {
                    var n = features.Extract(i, first, end, keys);
                    if (features.IsCapitalised(i) && history.Majority(features.LowerHash(i)) is var label and >= 0)
                    {
                        keys[n++] = NerDocumentFeatures.HistoryKey(label);
                    }

                    model.Score(keys[..n], scores.Slice((i - first) * T, T));
                }

                var sentenceTags = tags.AsSpan(0, length);
                ViterbiDecoder.Decode(scores, model.Transitions, length, sentenceTags);
                history.Record(features, first, sentenceTags);
                foreach (var (firstToken, lastToken, entityLabel) in BilouTags.Decode(sentenceTags))
                {
                    var confidence = 1f;
                    for (var k = firstToken; k <= lastToken; k++)
                    {
                        confidence = Math.Min(confidence, LocalProbability(scores.Slice(k * T, T), sentenceTags[k]));
                    }

                    result.Add(new TaggedEntity(first + firstToken, first + lastToken, entityLabel, confidence));
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(emissions);
            ArrayPool<int>.Shared.Return(tags);
        }

        return result;
    }

    /// <summary>Softmax probability of the chosen tag among the token's emission scores.</summary>
    private static float LocalProbability(ReadOnlySpan<float> scores, int tag)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }

        var sum = 0f;
        foreach (var s in scores)
        {
            sum += MathF.Exp(s - max);
        }

        return MathF.Exp(scores[tag] - max) / sum;
    }
}
