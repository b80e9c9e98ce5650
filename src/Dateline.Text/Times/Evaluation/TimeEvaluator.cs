using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Times.Evaluation;

/// <summary>
/// Scores the time stage against TimeML gold as TempEval-3 Task A does: each gold expression is matched to at most one
/// predicted expression that overlaps it (largest overlap first); strict matches have the same span; type accuracy is
/// over the relaxed matches; value F1 counts relaxed matches with the exact gold value.
/// </summary>
public static class TimeEvaluator
{
    public static TimeScore Evaluate(IEnumerable<TimeMlDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        int docs = 0, gold = 0, predicted = 0, strict = 0, relaxed = 0, typeCorrect = 0, valueCorrect = 0;
        var errors = ImmutableArray.CreateBuilder<TimeEvalError>();
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            docs++;
            var found = TimeStage.Find(document.Text, document.CreationDate, null, cancellationToken);
            gold += document.Gold.Length;
            predicted += found.Length;
            var used = new bool[found.Length];
            foreach (var g in document.Gold)
            {
                var best = -1;
                var bestOverlap = 0;
                for (var p = 0; p < found.Length; p++)
                {
                    var overlap = g.Span.OverlapLength(found[p].Span);
                    if (!used[p] && overlap > bestOverlap)
                    {
                        best = p;
                        bestOverlap = overlap;
                    }
                }

                var goldText = document.Text.Substring(g.Span.Start, g.Span.Length);
                if (best < 0)
                {
                    errors.Add(new TimeEvalError(document.Id, TimeEvalErrorKind.Missed, goldText, g.Type, g.Value, null, null, Context(document.Text, g.Span)));
                    continue;
                }

                used[best] = true;
                var p2 = found[best];
                relaxed++;
                var spanMatch = p2.Span == g.Span;
                if (spanMatch)
                {
                    strict++;
                }

                if (p2.Type == g.Type)
                {
                    typeCorrect++;
                }

                if (string.Equals(p2.Value, g.Value, StringComparison.Ordinal))
                {
                    valueCorrect++;
                    errors.Add(spanMatch
                        ? new TimeEvalError(document.Id, TimeEvalErrorKind.Correct, goldText, g.Type, g.Value, p2.Type, p2.Value, Context(document.Text, g.Span))
                        : new TimeEvalError(document.Id, TimeEvalErrorKind.WrongSpan, goldText + " / " + document.Text.Substring(p2.Span.Start, p2.Span.Length), g.Type, g.Value, p2.Type, p2.Value, Context(document.Text, g.Span)));
                }
                else
                {
                    errors.Add(new TimeEvalError(document.Id, TimeEvalErrorKind.WrongValue, goldText, g.Type, g.Value, p2.Type, p2.Value, Context(document.Text, g.Span)));
                }
            }

            for (var p = 0; p < found.Length; p++)
            {
                if (!used[p])
                {
                    var f = found[p];
                    errors.Add(new TimeEvalError(document.Id, TimeEvalErrorKind.Spurious, document.Text.Substring(f.Span.Start, f.Span.Length), null, null, f.Type, f.Value, Context(document.Text, f.Span)));
                }
            }
        }

        return new TimeScore(docs, gold, predicted, strict, relaxed, typeCorrect, valueCorrect, errors.ToImmutable());
    }

    private static string Context(string text, TextSpan span)
    {
        var start = Math.Max(0, span.Start - 60);
        var end = Math.Min(text.Length, span.End + 60);
        return (text[start..span.Start] + "[" + text[span.Start..span.End] + "]" + text[span.End..end]).ReplaceLineEndings(" ");
    }
}
