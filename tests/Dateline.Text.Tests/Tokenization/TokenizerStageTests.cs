using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Text.Tokenization;

namespace Dateline.Text.Tests.Tokenization;

public sealed class TokenizerStageTests
{
    [Fact]
    public void Record_header_and_repeated_blocks_are_not_tokenized()
    {
        const string text = "date 2017-08-03 A caption here.\nA caption here.\n\nBody text.";
        var header = new TextSpan(0, 15);
        var first = new TextSpan(16, 31);
        var repeat = new TextSpan(32, 47);
        var document = new Document("d", text, new DocumentSource("mem", "record", 0, 1), DocumentMetadata.Empty with { Header = header })
            .With(Layers.Structure, new ArticleStructure { Duplicates = ImmutableArray.Create(new DuplicateBlock(repeat, first)) });

        var tokens = new TokenizerStage().Process(document, CancellationToken.None).Get(Layers.Tokens);

        var words = tokens.Select(t => document.GetText(t.Span)).ToArray();
        Assert.Equal(["A", "caption", "here", ".", "Body", "text", "."], words);
        Assert.DoesNotContain(tokens, t => t.Span.Overlaps(header) || t.Span.Overlaps(repeat));
    }

    [Fact]
    public void A_sign_off_after_the_last_paragraph_is_not_tokenized()
    {
        const string text = "Cocoa prices rose on Monday.\n Reuter\n";
        var document = new Document("d", text, new DocumentSource("mem", "text", 0, 1))
            .With(Layers.Structure, new ArticleStructure { Agency = "Reuters", Paragraphs = ImmutableArray.Create(new TextSpan(0, 28)) });

        var tokens = new TokenizerStage().Process(document, CancellationToken.None).Get(Layers.Tokens);

        Assert.Equal(["Cocoa", "prices", "rose", "on", "Monday", "."], tokens.Select(t => document.GetText(t.Span)));
    }
}
