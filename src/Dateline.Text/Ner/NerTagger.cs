using System.Buffers;
using System.Collections.Immutable;
using Dateline.Core.Annotations;

namespace Dateline.Text.Ner;

/// <summary>
/// Runs a <see cref="NerModel"/> over a tokenized, sentence-split document, in two passes. The first pass tags the
/// sentences in order, each seeing the labels given to its capitalised words earlier in the document (the prediction
/// history, as in training). The second pass tags every sentence again with the history of the whole first pass,
/// so a name also inherits the label it gets later in the article.
/// </summary>
public static class NerTagger
{
    private const int T = BilouTags.Count;

    private const float Temperature = 10f;

    public static List<TaggedEntity> Tag(NerModel model, string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, CancellationToken cancellationToken = default) =>
        Tag(model, text, tokens, sentences, twoPass: true, cancellationToken);

    public static List<TaggedEntity> Tag(NerModel model, string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, bool twoPass, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<TaggedEntity>();
        if (tokens.IsDefaultOrEmpty || sentences.IsDefaultOrEmpty)
        {
            return result;
        }

        var features = new NerDocumentFeatures(text, tokens, sentences.AsSpan(), model.Lexicon);
        var history = new PredictionHistory();
        var longest = 0;
        foreach (var sentence in sentences)
        {
            longest = Math.Max(longest, sentence.TokenCount);
        }

        var emissions = ArrayPool<float>.Shared.Rent(longest * T);
        var staticScores = ArrayPool<float>.Shared.Rent(tokens.Length * T);
        var documentTags = ArrayPool<int>.Shared.Rent(tokens.Length);
        try
        {
            Span<ulong> keys = stackalloc ulong[NerDocumentFeatures.MaxKeys];
            foreach (var sentence in sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var first = sentence.FirstToken;
                var end = first + sentence.TokenCount;
                var scores = staticScores.AsSpan(first * T, sentence.TokenCount * T);
                scores.Clear();
                for (var i = first; i < end; i++)
                {
                    var n = features.Extract(i, first, end, keys);
                    model.Score(keys[..n], scores.Slice((i - first) * T, T));
                }

                var tags = documentTags.AsSpan(first, sentence.TokenCount);
                DecodeSentence(model, features, history, sentence, staticScores, emissions, tags);
                history.Record(features, first, tags);
                if (!twoPass)
                {
                    AddEntities(result, sentence, emissions, tags);
                }
            }

            if (twoPass)
            {
                foreach (var sentence in sentences)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var tags = documentTags.AsSpan(sentence.FirstToken, sentence.TokenCount);
                    DecodeSentence(model, features, history, sentence, staticScores, emissions, tags);
                    AddEntities(result, sentence, emissions, tags);
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(emissions);
            ArrayPool<float>.Shared.Return(staticScores);
            ArrayPool<int>.Shared.Return(documentTags);
        }

        return result;
    }

    /// <summary>Adds the history features to the sentence's static scores and decodes it.</summary>
    private static void DecodeSentence(NerModel model, NerDocumentFeatures features, PredictionHistory history, Sentence sentence, float[] staticScores, float[] emissions, Span<int> tags)
    {
        var first = sentence.FirstToken;
        var length = sentence.TokenCount;
        var scores = emissions.AsSpan(0, length * T);
        staticScores.AsSpan(first * T, length * T).CopyTo(scores);
        for (var k = 0; k < length; k++)
        {
            var i = first + k;
            if (features.IsCapitalised(i) && history.Majority(features.LowerHash(i)) is var label and >= 0 && model.HistoryRows[label] >= 0)
            {
                model.AddRow(model.HistoryRows[label], scores.Slice(k * T, T));
            }
        }

        ViterbiDecoder.Decode(scores, model.Transitions, length, tags);
    }

    private static void AddEntities(List<TaggedEntity> result, Sentence sentence, float[] emissions, ReadOnlySpan<int> tags)
    {
        var scores = emissions.AsSpan(0, sentence.TokenCount * T);
        foreach (var (firstToken, lastToken, entityLabel) in BilouTags.Decode(tags))
        {
            var logSum = 0f;
            for (var k = firstToken; k <= lastToken; k++)
            {
                logSum += MathF.Log(Math.Max(1e-6f, LocalProbability(scores.Slice(k * T, T), tags[k])));
            }

            var confidence = MathF.Exp(logSum / (lastToken - firstToken + 1));

            result.Add(new TaggedEntity(sentence.FirstToken + firstToken, sentence.FirstToken + lastToken, entityLabel, confidence));
        }
    }

    /// <summary>
    /// Probability of the chosen tag's label (its B, I, L and U tags together) under a softmax of the token's
    /// emission scores, softened by <see cref="Temperature"/> since perceptron scores are not log-probabilities.
    /// A mention's confidence is the geometric mean over its tokens; the temperature (10) minimised the log loss of
    /// mention correctness on CoNLL eng.testa (0.285, against 0.504 for the first choice, the minimum with 4).
    /// </summary>
    private static float LocalProbability(ReadOnlySpan<float> scores, int tag)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }

        var sum = 0f;
        var chosen = 0f;
        var label = BilouTags.LabelOf(tag);
        for (var t = 0; t < scores.Length; t++)
        {
            var p = MathF.Exp((scores[t] - max) / Temperature);
            sum += p;
            if (t != BilouTags.Outside && BilouTags.LabelOf(t) == label)
            {
                chosen += p;
            }
        }

        return chosen / sum;
    }
}
