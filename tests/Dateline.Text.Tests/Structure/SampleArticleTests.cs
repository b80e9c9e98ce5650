using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Ingest;
using Dateline.Testing;
using Dateline.Text.Structure;

namespace Dateline.Text.Tests.Structure;

public sealed class SampleArticleTests
{
    private static readonly Lazy<Document> Sample = new(() =>
    {
        var registry = FormatRegistry.Default;
        var item = new CorpusReader(registry).Read(InputExpander.Expand([TestPaths.SampleArticle], registry)).First();
        var document = item.Document ?? throw new InvalidOperationException(item.Error?.ToString());
        return new StructureStage().Process(document, CancellationToken.None);
    });

    private static Document Document => Sample.Value;

    private static ArticleStructure Structure => Document.Get(Layers.Structure)!;

    [Fact]
    public void Headline_is_the_line_after_the_captions()
    {
        Assert.Equal("ACLU-NM decries Sessions 'sanctuary' demands on Albuquerque", Document.GetText(Structure.Headline!.Value));
    }

    [Fact]
    public void Byline_gives_the_proper_cased_author_and_the_agency()
    {
        Assert.Equal(new[] { "Russell Contreras" }, Structure.Authors.ToArray());
        Assert.Equal("Associated Press", Structure.Agency);
        Assert.Equal("By RUSSELL CONTRERAS Associated Press", Document.GetText(Structure.Byline!.Value));
    }

    [Fact]
    public void Timestamp_line_gives_the_publication_time()
    {
        Assert.Equal(new DateTime(2017, 8, 3, 13, 33, 0), Structure.Published);
        Assert.Equal("August 03, 2017 1:33 PM", Document.GetText(Structure.Timestamp!.Value));
    }

    [Fact]
    public void Dateline_on_its_own_line_resolves_to_Albuquerque_New_Mexico()
    {
        var dateline = Structure.Dateline!;
        Assert.Equal("ALBUQUERQUE, N.M.", Document.GetText(dateline.Span));
        Assert.Equal("Albuquerque", dateline.Place);
        Assert.Equal("New Mexico", dateline.Region);
        Assert.Equal("US", dateline.Country);
    }

    [Fact]
    public void The_caption_is_found_once_and_its_repeat_is_a_duplicate()
    {
        var caption = Assert.Single(Structure.Captions);
        Assert.StartsWith("FILE - In this Aug. 1, 2016 file photo", Document.GetText(caption), StringComparison.Ordinal);
        var duplicate = Assert.Single(Structure.Duplicates);
        Assert.Equal(caption, duplicate.Of);
        Assert.True(duplicate.Span.Start > caption.End);
    }

    [Fact]
    public void Body_has_four_paragraphs_without_front_matter()
    {
        Assert.Equal(4, Structure.Paragraphs.Length);
        Assert.StartsWith("The American Civil Liberties Union of New Mexico", Document.GetText(Structure.Paragraphs[0]), StringComparison.Ordinal);
        Assert.EndsWith("rise in crime.", Document.GetText(Structure.Paragraphs[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public void Spans_start_after_the_record_header_and_are_valid()
    {
        var header = Document.Metadata.Header!.Value;
        Assert.True(Structure.Captions[0].Start >= header.End);
        StructureAssert.SpansAreValid(Document.Text, Structure);
    }
}
