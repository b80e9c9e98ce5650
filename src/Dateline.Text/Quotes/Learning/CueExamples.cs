using Dateline.Core;
using Dateline.Text.Quotes.Evaluation;

namespace Dateline.Text.Quotes.Learning;

/// <summary>
/// Labelled candidate words of gold articles for <see cref="CueTrainer"/>: a candidate is positive when it heads a gold
/// cue span (its first word past auxiliaries, negations and adverbs: "has long <b>opposed</b>", "don't <b>like</b>"),
/// ignored when it is another word of a cue span, and negative otherwise. Words of the hand-written lexicon are examples
/// only when asked (training: their contexts teach what a cue's surroundings look like; the model never scores them).
/// Features are stored as table indices.
/// </summary>
internal sealed class CueExamples
{
    private readonly List<int> _features = [];
    private readonly List<int> _offsets = [0];
    private readonly List<bool> _labels = [];

    public int Count => _labels.Count;

    public int Positives { get; private set; }

    public int Documents { get; private set; }

    public ReadOnlySpan<int> Features(int example) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_features)[_offsets[example].._offsets[example + 1]];

    public bool Label(int example) => _labels[example];

    public void Add(Document analyzed, IReadOnlyList<GoldQuote> gold, int size, CueClusters clusters, bool lexicon)
    {
        var context = CueContext.FromDocument(analyzed, clusters);
        var labels = new sbyte[context.Count];
        foreach (var quote in gold)
        {
            if (quote.Cue is not { } cue)
            {
                continue;
            }

            var head = -1;
            for (var w = 0; w < context.Count; w++)
            {
                var word = context.Words[w];
                if (word.End <= cue.Start || word.Start >= cue.End)
                {
                    continue;
                }

                labels[w] = labels[w] == 1 ? (sbyte)1 : (sbyte)-1;
                if (head < 0 && word.IsWord && !SkippedBeforeHead(context.Span(w)))
                {
                    head = w;
                }
            }

            if (head >= 0)
            {
                labels[head] = 1;
            }
        }

        Span<ulong> keys = stackalloc ulong[CueFeatures.MaxFeatures];
        for (var w = 0; w < context.Count; w++)
        {
            if (labels[w] < 0 || !CueFeatures.IsCandidate(context, w, lexicon))
            {
                continue;
            }

            var n = CueFeatures.Extract(context, w, keys);
            for (var i = 0; i < n; i++)
            {
                _features.Add(CueModel.IndexOf(keys[i], size));
            }

            _offsets.Add(_features.Count);
            _labels.Add(labels[w] == 1);
            if (labels[w] == 1)
            {
                Positives++;
            }
        }

        Documents++;
    }

    /// <summary>Auxiliaries, forms of "be", negations and adverbs that precede the head word of a cue span.</summary>
    private static bool SkippedBeforeHead(ReadOnlySpan<char> word) =>
        SpeechWords.Auxiliaries.Contains(word) || SpeechWords.Be.Contains(word)
        || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]))
        || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n\u2019t", StringComparison.Ordinal)
        || word is "don" or "didn" or "doesn" or "won" or "isn" or "wasn" or "haven" or "hasn" or "t" or "\u2019t" or "never" or "cannot";
}
