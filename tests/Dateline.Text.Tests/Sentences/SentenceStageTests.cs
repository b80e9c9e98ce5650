using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Text.Sentences;
using Dateline.Text.Tokenization;

namespace Dateline.Text.Tests.Sentences;

public sealed class SentenceStageTests
{
    [Fact]
    public void A_headline_on_its_own_line_is_its_own_sentence_even_without_a_blank_line()
    {
        const string text = "Mayor opens new bridge\nThe mayor opened the bridge on Monday. Crowds cheered.";
        var document = new Document("d", text, new DocumentSource("mem", "text", 0, 1))
            .With(Layers.Structure, new ArticleStructure { Headline = new TextSpan(0, 22), Paragraphs = ImmutableArray.Create(new TextSpan(23, text.Length)) });
        document = new TokenizerStage().Process(document, CancellationToken.None);

        var sentences = new SentenceStage().Process(document, CancellationToken.None).Get(Layers.Sentences);

        Assert.Equal(
            ["Mayor opens new bridge", "The mayor opened the bridge on Monday.", "Crowds cheered."],
            sentences.Select(s => document.GetText(s.Span)));
    }
}
