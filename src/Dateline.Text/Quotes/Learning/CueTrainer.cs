using System.Globalization;
using Dateline.Core;
using Dateline.Text.Quotes.Evaluation;

namespace Dateline.Text.Quotes.Learning;

/// <summary>
/// Trains a <see cref="CueModel"/> on gold attribution articles (PolNeAR train): logistic regression over hashed
/// features by stochastic gradient descent with averaged weights, in a fixed shuffled order (deterministic for a seed).
/// A dev set, when given, only reports precision/recall per threshold and picks the stored threshold.
/// </summary>
public static class CueTrainer
{
    private static readonly float[] Thresholds = [0.2f, 0.25f, 0.3f, 0.35f, 0.4f, 0.45f, 0.5f, 0.55f, 0.6f, 0.65f, 0.7f, 0.75f, 0.8f];

    /// <summary>Trains on <paramref name="train"/>; <paramref name="analyze"/> runs the stages before quotes (mentions are used).</summary>
    public static CueModel Train(
        IEnumerable<GoldArticle> train,
        IEnumerable<GoldArticle>? dev,
        Func<Document, Document> analyze,
        CueTrainingOptions options,
        Action<string>? log = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(analyze);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Bits is < 8 or > 26)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Bits must be between 8 and 26");
        }

        var size = 1 << options.Bits;
        var clusters = options.ClustersPath is null ? CueClusters.Empty : CueClusters.Read(options.ClustersPath);
        log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"clusters: {clusters.Count:N0} words ({options.ClustersPath ?? "none"})"));
        var examples = Collect(train, analyze, size, clusters, options.IncludeLexiconCues, cancellationToken);
        log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"train: {examples.Documents} documents, {examples.Count:N0} candidate words, {examples.Positives:N0} cue heads"));
        if (examples.Positives == 0)
        {
            throw new InvalidOperationException("no gold cue spans outside the hand-written lexicon in the training articles");
        }

        var weights = Fit(examples, size, options, log, cancellationToken);
        var threshold = options.Threshold ?? 0.5f;
        var model = new CueModel(weights, threshold, clusters);
        if (dev is not null)
        {
            var devExamples = Collect(dev, analyze, size, clusters, false, cancellationToken);
            log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"dev: {devExamples.Documents} documents, {devExamples.Count:N0} candidate words, {devExamples.Positives:N0} cue heads outside the lexicon (report only)"));
            var best = Report(weights, devExamples, log);
            if (options.Threshold is null && best is { } picked)
            {
                model = model.WithThreshold(picked);
            }
        }

        log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"threshold {model.Threshold:F2}"));
        return model;
    }

    private static CueExamples Collect(IEnumerable<GoldArticle> articles, Func<Document, Document> analyze, int size, CueClusters clusters, bool lexicon, CancellationToken cancellationToken)
    {
        var examples = new CueExamples();
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var metadata = article.Date is { } date ? new DocumentMetadata { Date = date } : null;
            var document = new Document(article.Id, article.Text, new DocumentSource(article.Id, "gold", 0, 1), metadata);
            examples.Add(analyze(document), article.Quotes, size, clusters, lexicon);
        }

        return examples;
    }

    private static float[] Fit(CueExamples examples, int size, CueTrainingOptions options, Action<string>? log, CancellationToken cancellationToken)
    {
        var weights = new float[size];
        var sums = new double[size];
        var order = new int[examples.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = new Random(options.Seed);
        long step = 1;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            var rate = options.LearningRate / (1f + (0.5f * (epoch - 1)));
            double loss = 0;
            var wrong = 0;
            foreach (var example in order)
            {
                var features = examples.Features(example);
                var z = 0f;
                foreach (var index in features)
                {
                    z += weights[index];
                }

                var p = 1f / (1f + MathF.Exp(-z));
                var y = examples.Label(example) ? 1f : 0f;
                loss -= y > 0 ? Math.Log(Math.Max(p, 1e-7)) : Math.Log(Math.Max(1 - p, 1e-7));
                if ((p >= 0.5f) != (y > 0))
                {
                    wrong++;
                }

                var g = rate * (y - p);
                if (g != 0f)
                {
                    foreach (var index in features)
                    {
                        weights[index] += g;
                        sums[index] += step * (double)g;
                    }
                }

                step++;
            }

            log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}/{options.Epochs}: log loss {loss / examples.Count:F4}, {wrong:N0} wrong at 0.5"));
        }

        var averaged = new float[size];
        for (var i = 0; i < size; i++)
        {
            averaged[i] = (float)(weights[i] - (sums[i] / step));
        }

        return averaged;
    }

    /// <summary>Logs precision/recall/F1 of cue heads per threshold; returns the best-F1 threshold.</summary>
    private static float? Report(float[] weights, CueExamples examples, Action<string>? log)
    {
        if (examples.Count == 0)
        {
            return null;
        }

        var probabilities = new float[examples.Count];
        for (var e = 0; e < examples.Count; e++)
        {
            var z = 0f;
            foreach (var index in examples.Features(e))
            {
                z += weights[index];
            }

            probabilities[e] = 1f / (1f + MathF.Exp(-z));
        }

        float? best = null;
        var bestF1 = -1.0;
        foreach (var threshold in Thresholds)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var e = 0; e < examples.Count; e++)
            {
                var predicted = probabilities[e] >= threshold;
                var gold = examples.Label(e);
                tp += predicted && gold ? 1 : 0;
                fp += predicted && !gold ? 1 : 0;
                fn += !predicted && gold ? 1 : 0;
            }

            var precision = tp + fp == 0 ? 0 : 100.0 * tp / (tp + fp);
            var recall = tp + fn == 0 ? 0 : 100.0 * tp / (tp + fn);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"dev cue heads at {threshold:F2}: P {precision:F1} R {recall:F1} F1 {f1:F1} ({tp + fp} predicted)"));
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = threshold;
            }
        }

        return best;
    }
}
