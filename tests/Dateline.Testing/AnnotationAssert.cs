using Dateline.Core;

namespace Dateline.Testing;

/// <summary>Invariants every stage's output must keep (after Lucene's BaseTokenStreamTestCase).</summary>
public static class AnnotationAssert
{
    /// <summary>Every span lies inside the text; if <paramref name="sorted"/>, spans never go backwards.</summary>
    public static void SpansAreValid(string text, IEnumerable<TextSpan> spans, bool sorted = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var previous = -1;
        foreach (var span in spans)
        {
            if (span.Start < 0 || span.End > text.Length || span.End < span.Start)
            {
                throw new InvalidOperationException($"Span {span} lies outside the text of length {text.Length}.");
            }

            if (sorted && span.Start < previous)
            {
                throw new InvalidOperationException($"Span {span} starts before the previous span's start {previous}.");
            }

            previous = span.Start;
        }
    }

    /// <summary>Each span's text equals the expected string, in order.</summary>
    public static void TextsAre(string text, IEnumerable<TextSpan> spans, params string[] expected)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var actual = spans.Select(s => s.GetText(text)).ToArray();
        if (!actual.SequenceEqual(expected, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"Expected [{string.Join(" | ", expected)}] but found [{string.Join(" | ", actual)}].");
        }
    }
}
