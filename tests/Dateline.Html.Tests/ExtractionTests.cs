using Dateline.Core;

namespace Dateline.Html.Tests;

public sealed class ExtractionTests
{
    internal const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Council approves river bridge | The Valley Courier</title>
          <meta property="og:title" content="Council approves river bridge">
          <meta property="og:site_name" content="The Valley Courier">
          <script>var tracking = "<p>not text</p>";</script>
          <style>p { color: red }</style>
        </head>
        <body>
          <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
          <header class="site-header"><a href="/">The Valley Courier</a>
            <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
          </header>
          <main>
            <article>
              <h1>Council approves river bridge</h1>
              <p class="byline">By JANE MILLER</p>
              <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>
              <div class="article-body">
                <p>The city council voted on Tuesday to build a new bridge across the Green River, ending a debate that has lasted for more than a decade.</p>
                <p>Mayor Tom Alvarez said the bridge would &ldquo;finally connect both halves of the town&rdquo; and cut commuting times by half, according to the city&#39;s own estimates.</p>
                <p>Construction is expected to start next spring. Residents&nbsp;&amp;&nbsp;business owners on the east bank welcomed the decision, although some raised concerns about noise.</p>
                <div class="related-links"><h3>Related</h3><ul><li><a href="/a">Old bridge closed for repairs</a></li><li><a href="/b">River levels rise after storm</a></li></ul></div>
                <p>The project will cost an estimated 40 million dollars, with half of the money coming from the state.</p>
              </div>
              <footer class="article-footer">Tags: <a href="/t/bridge">bridge</a>, <a href="/t/council">council</a></footer>
            </article>
            <section id="comments" class="comments">
              <h2>Comments</h2>
              <div class="comment"><p>This is a waste of money, if you ask me, and nobody will use it anyway.</p></div>
              <form><textarea>Write a comment</textarea><button>Post</button></form>
            </section>
          </main>
          <aside class="sidebar"><h2>Most read</h2><ol><li><a href="/x">Local team wins the cup</a></li></ol><p>Advertisement: buy our newspaper subscription today, only 5 dollars a month.</p></aside>
          <footer><p>Copyright 2024 The Valley Courier. All rights reserved.</p></footer>
        </body>
        </html>
        """;

    [Fact]
    public void Article_paragraphs_are_kept_and_boilerplate_is_removed()
    {
        var article = HtmlArticleExtractor.Default.Extract(NewsPage);

        Assert.Contains("The city council voted on Tuesday", article.Text);
        Assert.Contains("finally connect both halves of the town", article.Text);
        Assert.Contains("Residents & business owners on the east bank", article.Text);
        Assert.Contains("The project will cost an estimated 40 million dollars", article.Text);
        foreach (var boilerplate in new[] { "cookies", "Sport", "Weather", "Share on Facebook", "Old bridge closed", "waste of money", "Most read", "Advertisement", "Copyright", "Tags:", "not text", "color: red" })
        {
            Assert.DoesNotContain(boilerplate, article.Text);
        }
    }

    [Fact]
    public void Text_is_the_headline_line_then_paragraphs_separated_by_blank_lines()
    {
        var article = HtmlArticleExtractor.Default.Extract(NewsPage);

        Assert.StartsWith("Council approves river bridge\n\nThe city council voted", article.Text);
        Assert.NotNull(article.Headline);
        Assert.Equal("Council approves river bridge", article.Text[article.Headline.Value.Start..article.Headline.Value.End]);
        Assert.Equal(4, article.Paragraphs.Count);
        for (var i = 1; i < article.Paragraphs.Count; i++)
        {
            Assert.Equal("\n\n", article.Text[article.Paragraphs[i - 1].End..article.Paragraphs[i].Start]);
        }

        Assert.Equal(article.Text, string.Join("\n\n", new[] { article.Headline.Value }.Concat(article.Paragraphs).Select(p => article.Text[p.Start..p.End])));
    }

    [Fact]
    public void Every_paragraph_maps_back_to_its_place_in_the_page_source()
    {
        var article = HtmlArticleExtractor.Default.Extract(NewsPage);

        foreach (var paragraph in article.Paragraphs.Prepend(article.Headline!.Value))
        {
            var text = article.Text[paragraph.Start..paragraph.End];
            var source = article.TextToSource.ToSource(paragraph);
            var original = NewsPage[source.Start..source.End];
            var firstWords = string.Join(' ', text.Split(' ').Take(3));
            Assert.StartsWith(firstWords, original);
            var lastWord = text.Split(' ')[^1];
            Assert.EndsWith(lastWord, original);
        }
    }

    [Fact]
    public void Offsets_map_through_character_references_to_the_references_in_the_source()
    {
        var article = HtmlArticleExtractor.Default.Extract(NewsPage);

        var at = article.Text.IndexOf("Residents & business", StringComparison.Ordinal);
        var ampersand = article.Text.IndexOf('&', at);
        var business = article.Text.IndexOf("business", at, StringComparison.Ordinal);
        Assert.Equal("&amp;", NewsPage.Substring(article.TextToSource.ToSource(ampersand), 5));
        Assert.StartsWith("business owners", NewsPage[article.TextToSource.ToSource(business)..]);

        var quote = article.Text.IndexOf('\u201C');
        Assert.StartsWith("&ldquo;finally", NewsPage[article.TextToSource.ToSource(quote)..]);
    }

    [Fact]
    public void Source_offsets_never_go_backwards()
    {
        var article = HtmlArticleExtractor.Default.Extract(NewsPage);

        var last = -1;
        for (var i = 0; i < article.Text.Length; i++)
        {
            var mapped = article.TextToSource.ToSource(i);
            Assert.True(mapped >= last, $"offset {i} maps to {mapped}, before {last}");
            last = mapped;
        }
    }

    [Fact]
    public void Line_breaks_split_paragraphs_and_white_space_is_collapsed()
    {
        const string page = """
            <html><body><article><h1>Poem</h1>
            <div class="entry-content"><p>First    line of the verse,
              still the first line<br>Second line, which is longer than the first one and also ends here<br/>Third line comes last and closes the short poem for good</p>
            <p>A further paragraph of prose follows the poem, long enough to count as body text in any scoring.</p></div></article></body></html>
            """;

        var article = HtmlArticleExtractor.Default.Extract(page);

        var paragraphs = article.Paragraphs.Select(p => article.Text[p.Start..p.End]).ToList();
        Assert.Equal("First line of the verse, still the first line", paragraphs[0]);
        Assert.StartsWith("Second line", paragraphs[1]);
        Assert.StartsWith("Third line", paragraphs[2]);
    }

    [Fact]
    public void A_page_whose_wrapper_has_a_furniture_class_still_yields_its_article()
    {
        const string page = """
            <html><body><div class="page has-sidebar"><div class="main-col">
            <p>Scientists have found a new species of frog in the rainforest of northern Peru, a team reported on Monday.</p>
            <p>The frog, which is smaller than a fingernail, lives in leaf litter and calls only after heavy rain, the researchers said.</p>
            <p>They named it after the village whose residents guided them through the forest during the expedition last year.</p>
            </div><div class="widget"><a href="/x">Archive</a> <a href="/y">Links</a></div></div></body></html>
            """;

        var article = HtmlArticleExtractor.Default.Extract(page);

        Assert.Contains("Scientists have found a new species", article.Text);
        Assert.Contains("They named it after the village", article.Text);
        Assert.DoesNotContain("Archive", article.Text);
    }

    [Fact]
    public void A_page_without_body_text_gives_no_paragraphs()
    {
        var article = HtmlArticleExtractor.Default.Extract("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>");

        Assert.Empty(article.Paragraphs);
    }

    [Fact]
    public void The_document_factory_keeps_the_page_as_original_and_the_map_into_it()
    {
        var document = HtmlDocumentFactory.Default.Create("p1", NewsPage, new DocumentSource("page.html", "html", 0, 0));

        Assert.NotNull(document);
        Assert.Same(NewsPage, document.Original);
        var paragraph = document.Text.IndexOf("Construction is expected", StringComparison.Ordinal);
        var span = document.ToOriginal(new TextSpan(paragraph, paragraph + 12));
        Assert.Equal("Construction", document.Original[span.Start..span.End]);
        Assert.Equal("Council approves river bridge", document.Metadata.Title);
        Assert.Equal(["Jane Miller"], document.Metadata.Authors);
        Assert.Equal("The Valley Courier", document.Metadata.Publisher);
    }

    [Fact]
    public void A_page_with_little_text_gets_its_description_as_a_paragraph_mapped_into_the_head()
    {
        const string page = """
            <html><head><title>Storm clips</title>
            <meta name="description" content="Video: the storm hit the coast overnight, flooding streets &amp; cutting power to thousands of homes.">
            </head><body><article><h1>Storm clips</h1><p>Watch the video.</p></article></body></html>
            """;

        var article = HtmlArticleExtractor.Default.Extract(page);

        var at = article.Text.IndexOf("Video: the storm", StringComparison.Ordinal);
        Assert.True(at > 0, article.Text);
        Assert.StartsWith("Video: the storm", page[article.TextToSource.ToSource(at)..]);
        var ampersand = article.Text.IndexOf('&', at);
        Assert.Equal("&amp;", page.Substring(article.TextToSource.ToSource(ampersand), 5));
    }

    [Fact]
    public void A_more_to_read_heading_in_the_second_half_ends_the_article()
    {
        const string page = """
            <html><body><article><h1>Harbour reopens</h1>
            <p>The harbour reopened on Monday after three weeks of repairs to the storm-damaged pier, officials said.</p>
            <p>Fishing boats were the first to return, followed by the ferry to the islands, which resumes a full timetable.</p>
            <p>The repairs cost less than expected, and the council said the remaining money would go to the sea wall.</p>
            <h3>Mehr zum Thema</h3>
            <p>Storm season: what the forecasters expect for the coming winter on the coast and the islands.</p>
            </article></body></html>
            """;

        var article = HtmlArticleExtractor.Default.Extract(page);

        Assert.Contains("sea wall", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mehr zum Thema", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Storm season", article.Text, StringComparison.Ordinal);
    }
}
