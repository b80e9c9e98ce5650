namespace Dateline.Text.Ner;

/// <summary>Tags CoNLL documents over their gold tokens and scores the result against the gold entities.</summary>
public static class NerEvaluator
{
    public static NerScores Evaluate(NerModel model, IEnumerable<ConllDocument> documents, CancellationToken cancellationToken = default) => Evaluate(model, documents, twoPass: true, cancellationToken);

    public static NerScores Evaluate(NerModel model, IEnumerable<ConllDocument> documents, bool twoPass, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var scores = new NerScores();
        foreach (var document in documents)
        {
            var (text, tokens, sentences) = document.ToLayers();
            var predicted = NerTagger.Tag(model, text, tokens, sentences, twoPass, cancellationToken);
            OrganisationRule.Apply(text, tokens, predicted);
            NameConsistencyRule.Apply(text, tokens, predicted);
            var gold = new List<(int, int, Dateline.Core.Annotations.EntityLabel)>();
            var offset = 0;
            foreach (var sentence in document.Sentences)
            {
                foreach (var (first, last, label) in sentence.Entities)
                {
                    gold.Add((offset + first, offset + last, label));
                }

                offset += sentence.Tokens.Count;
            }

            scores.Add(gold, predicted.Select(p => (p.FirstToken, p.LastToken, p.Label)), tokens.Length);
        }

        return scores;
    }
}
