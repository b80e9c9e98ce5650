namespace Dateline.Text.Ner;

/// <summary>
/// The labels the tagger gave to each capitalised word earlier in the same document; its majority label becomes a
/// feature for later occurrences (so "Simonson" inherits PER from "Peter Simonson"). Label 4 stands for O.
/// </summary>
internal sealed class PredictionHistory
{
    private readonly Dictionary<ulong, int> _counts = [];

    public void Clear() => _counts.Clear();

    /// <summary>The majority label of the word so far, or -1 when it has not been seen.</summary>
    public int Majority(ulong word)
    {
        if (!_counts.TryGetValue(word, out var packed))
        {
            return -1;
        }

        var best = -1;
        var bestCount = 0;
        for (var label = 0; label < 5; label++)
        {
            var count = (packed >> (label * 6)) & 63;
            if (count > bestCount)
            {
                best = label;
                bestCount = count;
            }
        }

        return best;
    }

    public void Add(ulong word, int label)
    {
        var packed = _counts.TryGetValue(word, out var old) ? old : 0;
        var count = (packed >> (label * 6)) & 63;
        if (count < 63)
        {
            packed += 1 << (label * 6);
        }

        _counts[word] = packed;
    }

    /// <summary>Records the predicted tags of one sentence.</summary>
    public void Record(NerDocumentFeatures features, int first, ReadOnlySpan<int> tags)
    {
        for (var k = 0; k < tags.Length; k++)
        {
            if (features.IsCapitalised(first + k))
            {
                Add(features.LowerHash(first + k), LabelOfTag(tags[k]));
            }
        }
    }

    /// <summary>Records the predicted tags of one sentence of a cached training document.</summary>
    public void Record(ulong[] lower, bool[] capitalised, int first, ReadOnlySpan<int> tags)
    {
        for (var k = 0; k < tags.Length; k++)
        {
            if (capitalised[first + k])
            {
                Add(lower[first + k], LabelOfTag(tags[k]));
            }
        }
    }

    private static int LabelOfTag(int tag) => tag == BilouTags.Outside ? 4 : (int)BilouTags.LabelOf(tag);
}
