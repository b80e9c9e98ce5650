using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Testing;

namespace Dateline.Text.Tests.Structure;

/// <summary>Checks that every span of an article structure lies in the text and is trimmed of whitespace.</summary>
internal static class StructureAssert
{
    public static void SpansAreValid(string text, ArticleStructure structure)
    {
        var single = new List<TextSpan>();
        if (structure.Headline is { } headline)
        {
            single.Add(headline);
        }

        if (structure.Byline is { } byline)
        {
            single.Add(byline);
        }

        if (structure.Timestamp is { } timestamp)
        {
            single.Add(timestamp);
        }

        if (structure.Dateline is { } dateline)
        {
            single.Add(dateline.Span);
        }

        AnnotationAssert.SpansAreValid(text, single, sorted: false);
        AnnotationAssert.SpansAreValid(text, structure.Captions);
        AnnotationAssert.SpansAreValid(text, structure.Paragraphs);
        AnnotationAssert.SpansAreValid(text, structure.Duplicates.Select(d => d.Span));
        AnnotationAssert.SpansAreValid(text, structure.Duplicates.Select(d => d.Of), sorted: false);
        var all = single.Concat(structure.Captions).Concat(structure.Paragraphs).Concat(structure.Duplicates.Select(d => d.Span));
        foreach (var span in all)
        {
            Assert.False(span.IsEmpty, $"Span {span} is empty.");
            var content = span.GetText(text);
            Assert.Equal(content.Trim(), content);
        }

        foreach (var duplicate in structure.Duplicates)
        {
            Assert.Equal(duplicate.Of.GetText(text), duplicate.Span.GetText(text));
            Assert.True(duplicate.Of.Start < duplicate.Span.Start);
        }
    }
}
