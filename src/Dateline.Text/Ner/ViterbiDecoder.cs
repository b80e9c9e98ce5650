using System.Buffers;

namespace Dateline.Text.Ner;

/// <summary>First-order Viterbi decoding over BILOU tags with only valid transitions allowed.</summary>
public static class ViterbiDecoder
{
    /// <summary>
    /// Finds the best valid tag sequence. <paramref name="emissions"/> holds <c>length * BilouTags.Count</c> scores,
    /// <paramref name="transitions"/> <c>(BilouTags.Count + 1) * BilouTags.Count</c> scores whose last row is the start.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int length, Span<int> tags)
    {
        const int T = BilouTags.Count;
        if (length == 0)
        {
            return;
        }

        var scoreArray = ArrayPool<float>.Shared.Rent(length * T);
        var backArray = ArrayPool<byte>.Shared.Rent(length * T);
        try
        {
            Run(emissions, transitions, length, tags, scoreArray, backArray);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scoreArray);
            ArrayPool<byte>.Shared.Return(backArray);
        }
    }

    private static void Run(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int length, Span<int> tags, Span<float> score, Span<byte> back)
    {
        const int T = BilouTags.Count;
        for (var t = 0; t < T; t++)
        {
            score[t] = BilouTags.CanStart(t) ? emissions[t] + transitions[(T * T) + t] : float.NegativeInfinity;
        }

        for (var k = 1; k < length; k++)
        {
            var row = k * T;
            var previousRow = row - T;
            for (var t = 0; t < T; t++)
            {
                var best = float.NegativeInfinity;
                var bestPrevious = 0;
                for (var p = 0; p < T; p++)
                {
                    if (!BilouTags.CanFollow(p, t))
                    {
                        continue;
                    }

                    var s = score[previousRow + p] + transitions[(p * T) + t];
                    if (s > best)
                    {
                        best = s;
                        bestPrevious = p;
                    }
                }

                score[row + t] = best + emissions[row + t];
                back[row + t] = (byte)bestPrevious;
            }
        }

        var lastRow = (length - 1) * T;
        var bestTag = 0;
        var bestScore = float.NegativeInfinity;
        for (var t = 0; t < T; t++)
        {
            if (BilouTags.CanEnd(t) && score[lastRow + t] > bestScore)
            {
                bestScore = score[lastRow + t];
                bestTag = t;
            }
        }

        tags[length - 1] = bestTag;
        for (var k = length - 1; k > 0; k--)
        {
            bestTag = back[(k * T) + bestTag];
            tags[k - 1] = bestTag;
        }
    }
}
