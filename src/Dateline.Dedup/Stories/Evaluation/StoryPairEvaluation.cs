namespace Dateline.Dedup.Stories.Evaluation;

/// <summary>
/// Scores the clusterer's similarity on judged pairs: each text is vectorised as one article (the SemEval texts hold
/// title and body as one string) and the pair's system similarity is <see cref="StoryVector.Similarity"/>; a pair is
/// predicted "same story" when it reaches the join threshold.
/// </summary>
public static class StoryPairEvaluation
{
    /// <summary>The system similarity of every pair, in order.</summary>
    public static double[] Similarities(IReadOnlyList<StoryPair> pairs, StoryVectorizer vectorizer)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(vectorizer);
        return [.. pairs.Select(p => StoryVector.Similarity(vectorizer.Vectorize([p.Text1]), vectorizer.Vectorize([p.Text2])))];
    }

    public static StoryPairScores Score(IReadOnlyList<StoryPair> pairs, IReadOnlyList<double> similarities, double threshold)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(similarities);
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            var predicted = similarities[i] >= threshold;
            if (predicted && pairs[i].SameStory)
            {
                tp++;
            }
            else if (predicted)
            {
                fp++;
            }
            else if (pairs[i].SameStory)
            {
                fn++;
            }
        }

        var precision = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
        var recall = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new StoryPairScores(pairs.Count, Pearson(similarities, [.. pairs.Select(p => p.GoldSimilarity)]), precision, recall, f1, tp, fp, fn);
    }

    /// <summary>Pearson's correlation (0 when either side is constant or there are fewer than two values).</summary>
    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var n = Math.Min(x.Count, y.Count);
        if (n < 2)
        {
            return 0;
        }

        double mx = 0, my = 0;
        for (var i = 0; i < n; i++)
        {
            mx += x[i];
            my += y[i];
        }

        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx <= 0 || syy <= 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
    }
}
