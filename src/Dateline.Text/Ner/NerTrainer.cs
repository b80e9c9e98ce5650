using Dateline.Core.Annotations;

namespace Dateline.Text.Ner;

/// <summary>
/// Trains a <see cref="NerModel"/> with the averaged structured perceptron over BILOU tags (Collins 2002): features are
/// extracted once into integer arrays, then each epoch decodes every training sentence with Viterbi and updates the
/// weights where the best path differs from the gold one. Documents are shuffled with a fixed seed and their sentences
/// kept in order, so the prediction-history features see what they will see at run time. The epoch with the best
/// dev-set F1 is kept.
/// </summary>
public static class NerTrainer
{
    private const int T = BilouTags.Count;

    public static NerModel Train(
        IReadOnlyList<ConllDocument> train,
        IReadOnlyList<ConllDocument>? dev,
        NerLexicon lexicon,
        NerTrainingOptions options,
        Action<string>? log = null,
        Action<NerEpochReport>? progress = null,
        CancellationToken cancellationToken = default) =>
        Train(new NerTrainingData(train, dev), lexicon, options, log, progress, cancellationToken);

    /// <summary>
    /// Trains on general documents plus, optionally, in-domain documents (oversampled by
    /// <see cref="NerTrainingOptions.InDomainRepeat"/>, with domain-conjoined feature copies when
    /// <see cref="NerTrainingOptions.DomainFeatures"/> is set); the best epoch is picked by the dev sets given.
    /// </summary>
    public static NerModel Train(
        NerTrainingData data,
        NerLexicon lexicon,
        NerTrainingOptions options,
        Action<string>? log = null,
        Action<NerEpochReport>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(options);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var train = data.Train.Concat(data.InDomain ?? []).ToList();
        var general = data.Train.Count;

        // 1. Feature keys of every token, counted.
        var counts = new Dictionary<ulong, int>();
        var finalLexicon = lexicon;
        var trainLexicons = Enumerable.Repeat(lexicon, train.Count).ToArray();
        if (options.TrainingNames)
        {
            var names = train.Select(NamesOf).ToArray();
            finalLexicon = lexicon.WithNames(names.SelectMany(n => n));
            var folds = Math.Max(2, options.Folds);
            for (var fold = 0; fold < folds; fold++)
            {
                var held = fold;
                var foldLexicon = lexicon.WithNames(names.Where((_, i) => i % folds != held).SelectMany(n => n));
                for (var i = fold; i < train.Count; i += folds)
                {
                    trainLexicons[i] = foldLexicon;
                }
            }
        }

        var domainCopies = new Dictionary<ulong, ulong>();
        var trainKeys = train.Select((d, i) => KeysOf(d, trainLexicons[i], counts, i >= general && options.DomainFeatures ? domainCopies : null)).ToList();
        var ids = new Dictionary<ulong, int>();
        var keyList = new List<ulong>();
        for (var label = 0; label < 5; label++)
        {
            var key = NerDocumentFeatures.HistoryKey(label);
            ids[key] = keyList.Count;
            keyList.Add(key);
        }

        foreach (var (key, count) in counts)
        {
            if (count >= options.MinFeatureCount && !ids.ContainsKey(key))
            {
                ids[key] = keyList.Count;
                keyList.Add(key);
            }
        }

        counts.Clear();
        var copies = DomainCopyRows(domainCopies, ids);
        var trainDocs = trainKeys.Select(k => k.ToCached(ids)).ToList();
        trainKeys.Clear();
        var devDocs = data.Dev?.Select(d => KeysOf(d, finalLexicon, null, null).ToCached(ids)).ToList();
        var inDomainDevDocs = data.InDomainDev?.Select(d => KeysOf(d, finalLexicon, null, null).ToCached(ids)).ToList();
        log?.Invoke($"{keyList.Count:N0} features ({copies.Length:N0} domain copies) from {trainDocs.Sum(d => d.Gold.Length):N0} training tokens in {clock.Elapsed.TotalSeconds:F1}s");

        // 2. Epochs of the averaged perceptron.
        var features = keyList.Count;
        var weights = new float[features * T];
        var totals = new float[features * T];
        var transitions = new float[(T + 1) * T];
        var transitionTotals = new float[(T + 1) * T];
        var step = 1f;
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, trainDocs.Count)
            .SelectMany(i => Enumerable.Repeat(i, i >= general ? Math.Max(1, options.InDomainRepeat) : 1))
            .ToArray();
        var best = (F1: double.NegativeInfinity, Weights: Array.Empty<float>(), Transitions: Array.Empty<float>());
        var history = new PredictionHistory();
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            var wrong = 0;
            var sentences = 0;
            foreach (var index in order)
            {
                var doc = trainDocs[index];
                history.Clear();
                foreach (var (first, length) in doc.Sentences)
                {
                    sentences++;
                    var predicted = new int[length];
                    var dynamic = Decode(doc, first, length, weights, transitions, history, predicted);
                    var gold = doc.Gold.AsSpan(first, length);
                    if (!gold.SequenceEqual(predicted))
                    {
                        wrong++;
                        Update(doc, first, gold, predicted, dynamic, weights, totals, transitions, transitionTotals, step);
                    }

                    history.Record(doc.Lower, doc.Capitalised, first, predicted);
                    step++;
                }
            }

            var averaged = Fold(Average(weights, totals, step), copies);
            var averagedTransitions = Average(transitions, transitionTotals, step);
            var devF1 = devDocs is null ? (double?)null : Score(devDocs, averaged, averagedTransitions, history).F1;
            var inDomainF1 = inDomainDevDocs is null ? (double?)null : Score(inDomainDevDocs, averaged, averagedTransitions, history).F1;
            var selection = (devF1, inDomainF1, options.StopOn) switch
            {
                (null, null, _) => epoch,
                ({ } d, null, _) => d,
                (null, { } m, _) => m,
                ({ } d, _, NerStopRule.Dev) => d,
                (_, { } m, NerStopRule.InDomain) => m,
                ({ } d, { } m, _) => (d + m) / 2,
            };
            if (selection > best.F1)
            {
                best = (selection, averaged, averagedTransitions);
            }

            progress?.Invoke(new NerEpochReport(epoch, options.Epochs, wrong, sentences, devF1, clock.Elapsed) { InDomainDevF1 = inDomainF1 });
        }

        // 3. Keep the rows that carry weight (domain copies are already added to their shared rows).
        var isCopy = new bool[features];
        foreach (var (_, copy) in copies)
        {
            isCopy[copy] = true;
        }

        var keptKeys = new List<ulong>();
        var keptWeights = new List<float>();
        for (var f = 0; f < features; f++)
        {
            var row = best.Weights.AsSpan(f * T, T);
            var max = 0f;
            foreach (var w in row)
            {
                max = Math.Max(max, Math.Abs(w));
            }

            if ((max >= options.PruneBelow || f < 5) && !isCopy[f])
            {
                keptKeys.Add(keyList[f]);
                keptWeights.AddRange(row);
            }
        }

        log?.Invoke($"kept {keptKeys.Count:N0} of {features:N0} features");
        return new NerModel([.. keptKeys], [.. keptWeights], best.Transitions, finalLexicon);
    }

    private static List<(IReadOnlyList<string> Tokens, EntityLabel Label)> NamesOf(ConllDocument document)
    {
        var names = new List<(IReadOnlyList<string>, EntityLabel)>();
        foreach (var sentence in document.Sentences)
        {
            foreach (var (first, last, label) in sentence.Entities)
            {
                names.Add((sentence.Tokens.Skip(first).Take(last - first + 1).ToArray(), label));
            }
        }

        return names;
    }

    /// <summary>Key of a feature's in-domain copy.</summary>
    private static ulong DomainKey(ulong key) => FeatureHash.Combine(key, 0x5EED_D0AA_1A1DUL) | 1UL;

    /// <summary>(shared row, copy row) of every domain copy that has a row, in row order (deterministic).</summary>
    private static (int Shared, int Copy)[] DomainCopyRows(Dictionary<ulong, ulong> copies, Dictionary<ulong, int> ids) =>
        [.. copies
            .Where(c => ids.ContainsKey(c.Key) && ids.ContainsKey(c.Value))
            .Select(c => (Shared: ids[c.Value], Copy: ids[c.Key]))
            .OrderBy(c => c.Copy)];

    /// <summary>Adds each domain copy's weights to its shared row: the weights the in-domain text is scored with.</summary>
    private static float[] Fold(float[] weights, (int Shared, int Copy)[] copies)
    {
        foreach (var (shared, copy) in copies)
        {
            for (var t = 0; t < T; t++)
            {
                weights[(shared * T) + t] += weights[(copy * T) + t];
            }
        }

        return weights;
    }

    private static CachedKeys KeysOf(ConllDocument document, NerLexicon lexicon, Dictionary<ulong, int>? counts, Dictionary<ulong, ulong>? domainCopies)
    {
        var (text, tokens, sentences) = document.ToLayers();
        var features = new NerDocumentFeatures(text, tokens, sentences.AsSpan(), lexicon);
        var starts = new int[tokens.Length + 1];
        var keys = new List<ulong>(tokens.Length * 48);
        Span<ulong> buffer = stackalloc ulong[NerDocumentFeatures.MaxKeys];
        var gold = new int[tokens.Length];
        var lower = new ulong[tokens.Length];
        var capitalised = new bool[tokens.Length];
        var spans = new List<(int, int)>();
        var s = 0;
        foreach (var sentence in sentences)
        {
            var first = sentence.FirstToken;
            var end = first + sentence.TokenCount;
            spans.Add((first, sentence.TokenCount));
            for (var i = first; i < end; i++)
            {
                starts[i] = keys.Count;
                var n = features.Extract(i, first, end, buffer);
                for (var k = 0; k < n; k++)
                {
                    Add(buffer[k]);
                    if (domainCopies is not null)
                    {
                        var copy = DomainKey(buffer[k]);
                        domainCopies[copy] = buffer[k];
                        Add(copy);
                    }
                }

                lower[i] = features.LowerHash(i);
                capitalised[i] = features.IsCapitalised(i);
            }

            var entities = document.Sentences.Where(x => x.Tokens.Count > 0).ElementAt(s).Entities;
            BilouTags.Encode(entities.ToArray(), gold.AsSpan(first, sentence.TokenCount));
            s++;
        }

        starts[tokens.Length] = keys.Count;
        return new CachedKeys(starts, [.. keys], gold, lower, capitalised, [.. spans], document);

        void Add(ulong key)
        {
            keys.Add(key);
            if (counts is not null)
            {
                counts[key] = counts.TryGetValue(key, out var c) ? c + 1 : 1;
            }
        }
    }

    private static int[] Decode(CachedDocument doc, int first, int length, float[] weights, float[] transitions, PredictionHistory history, Span<int> predicted)
    {
        var emissions = new float[length * T];
        var dynamic = new int[length];
        for (var k = 0; k < length; k++)
        {
            var i = first + k;
            var scores = emissions.AsSpan(k * T, T);
            for (var f = doc.Starts[i]; f < doc.Starts[i + 1]; f++)
            {
                AddRow(weights, doc.Features[f], scores);
            }

            dynamic[k] = doc.Capitalised[i] ? history.Majority(doc.Lower[i]) : -1;
            if (dynamic[k] >= 0)
            {
                AddRow(weights, dynamic[k], scores);
            }
        }

        ViterbiDecoder.Decode(emissions, transitions, length, predicted);
        return dynamic;
    }

    private static void AddRow(float[] weights, int feature, Span<float> scores)
    {
        var row = weights.AsSpan(feature * T, T);
        for (var t = 0; t < T; t++)
        {
            scores[t] += row[t];
        }
    }

    private static void Update(
        CachedDocument doc, int first, ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted, int[] dynamic,
        float[] weights, float[] totals, float[] transitions, float[] transitionTotals, float step)
    {
        for (var k = 0; k < gold.Length; k++)
        {
            var g = gold[k];
            var p = predicted[k];
            var i = first + k;
            if (g != p)
            {
                for (var f = doc.Starts[i]; f < doc.Starts[i + 1]; f++)
                {
                    Bump(weights, totals, (doc.Features[f] * T) + g, 1, step);
                    Bump(weights, totals, (doc.Features[f] * T) + p, -1, step);
                }

                if (dynamic[k] >= 0)
                {
                    Bump(weights, totals, (dynamic[k] * T) + g, 1, step);
                    Bump(weights, totals, (dynamic[k] * T) + p, -1, step);
                }
            }

            var gp = k == 0 ? T : gold[k - 1];
            var pp = k == 0 ? T : predicted[k - 1];
            if (gp != pp || g != p)
            {
                Bump(transitions, transitionTotals, (gp * T) + g, 1, step);
                Bump(transitions, transitionTotals, (pp * T) + p, -1, step);
            }
        }
    }

    private static void Bump(float[] weights, float[] totals, int index, float delta, float step)
    {
        weights[index] += delta;
        totals[index] += delta * step;
    }

    private static float[] Average(float[] weights, float[] totals, float step)
    {
        var result = new float[weights.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = weights[i] - (totals[i] / step);
        }

        return result;
    }

    private static NerScores Score(List<CachedDocument> docs, float[] weights, float[] transitions, PredictionHistory history)
    {
        var scores = new NerScores();
        foreach (var doc in docs)
        {
            history.Clear();
            foreach (var (first, length) in doc.Sentences)
            {
                var predicted = new int[length];
                Decode(doc, first, length, weights, transitions, history, predicted);
                history.Record(doc.Lower, doc.Capitalised, first, predicted);
                var goldEntities = BilouTags.Decode(doc.Gold.AsSpan(first, length));
                scores.Add(goldEntities, BilouTags.Decode(predicted), length);
            }
        }

        return scores;
    }

    private sealed record CachedKeys(int[] Starts, ulong[] Keys, int[] Gold, ulong[] Lower, bool[] Capitalised, (int First, int Length)[] Sentences, ConllDocument Source)
    {
        public CachedDocument ToCached(Dictionary<ulong, int> ids)
        {
            var starts = new int[Starts.Length];
            var features = new List<int>(Keys.Length);
            for (var i = 0; i + 1 < Starts.Length; i++)
            {
                starts[i] = features.Count;
                for (var k = Starts[i]; k < Starts[i + 1]; k++)
                {
                    if (ids.TryGetValue(Keys[k], out var id))
                    {
                        features.Add(id);
                    }
                }
            }

            starts[^1] = features.Count;
            return new CachedDocument(starts, [.. features], Gold, Lower, Capitalised, Sentences);
        }
    }
}
