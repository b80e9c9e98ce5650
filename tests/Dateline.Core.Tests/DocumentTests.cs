using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Core.Tests;

public sealed class DocumentTests
{
    [Fact]
    public void Adding_a_layer_returns_a_new_document_and_leaves_the_original_unchanged()
    {
        var original = new Document("d", "Hello world", new DocumentSource("mem", "text", 0, 1));
        var tokens = ImmutableArray.Create(new Token(new TextSpan(0, 5), TokenKind.Word), new Token(new TextSpan(6, 11), TokenKind.Word));

        var tagged = original.With(Layers.Tokens, tokens);

        Assert.False(original.Has(Layers.Tokens));
        Assert.True(tagged.Has(Layers.Tokens));
        Assert.Equal("world", tagged.GetText(tagged.Get(Layers.Tokens)[1].Span));
        Assert.Same(original.Text, tagged.Text);
    }

    [Fact]
    public void Absent_layers_read_as_empty()
    {
        var document = new Document("d", "x", new DocumentSource("mem", "text", 0, 1));
        Assert.True(document.Get(Layers.Mentions).IsEmpty);
        Assert.Null(document.Get(Layers.Structure));
    }

    [Fact]
    public void Text_records_map_to_themselves()
    {
        var document = new Document("d", "abc", new DocumentSource("mem", "text", 0, 1));
        Assert.Same(document.Text, document.Original);
        Assert.Equal(new TextSpan(1, 2), document.ToOriginal(new TextSpan(1, 2)));
    }
}
