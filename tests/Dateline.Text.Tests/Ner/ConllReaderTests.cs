using Dateline.Core.Annotations;
using Dateline.Text.Ner;

namespace Dateline.Text.Tests.Ner;

public sealed class ConllReaderTests
{
    [Fact]
    public void Iob1_and_iob2_give_the_same_entities_and_documents_split_at_docstart()
    {
        const string iob1 = "-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nsaw VBD O O\nEU NNP I-NP I-ORG\nSpain NNP I-NP B-ORG\n\n-DOCSTART- -X- O O\n\nBonn NNP I-NP I-LOC\n";
        const string iob2 = "-DOCSTART- -X- O O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\nsaw VBD O O\nEU NNP B-NP B-ORG\nSpain NNP I-NP B-ORG\n\n-DOCSTART- -X- O O\n\nBonn NNP B-NP B-LOC\n";
        var a = ConllReader.Read(new StringReader(iob1), "a");
        var b = ConllReader.Read(new StringReader(iob2), "b");
        Assert.Equal(2, a.Count);
        Assert.Equal([(0, 1, EntityLabel.PER), (3, 3, EntityLabel.ORG), (4, 4, EntityLabel.ORG)], a[0].Sentences[0].Entities);
        Assert.Equal(a[0].Sentences[0].Entities, b[0].Sentences[0].Entities);
        Assert.Equal([(0, 0, EntityLabel.LOC)], b[1].Sentences[0].Entities);
    }

    [Fact]
    public void Gold_tokens_become_exactly_one_token_each()
    {
        var documents = ConllReader.Read(new StringReader("U.S. NNP I-NP I-LOC\nofficials NNS I-NP O\n's POS O O\n\nHi UH O O\n"), "x");
        var (text, tokens, sentences) = documents[0].ToLayers();
        Assert.Equal(["U.S.", "officials", "'s", "Hi"], tokens.Select(t => t.Span.GetText(text)));
        Assert.Equal(2, sentences.Length);
        Assert.Equal(3, sentences[1].FirstToken);
    }

    [Fact]
    public void Unknown_tag_is_reported_with_file_and_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => ConllReader.Read(new StringReader("a O\nb B-FOO\n"), "gold.txt"));
        Assert.StartsWith("gold.txt:2:", error.Message);
    }
}
