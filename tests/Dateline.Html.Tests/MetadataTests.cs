using Dateline.Html.Metadata;

namespace Dateline.Html.Tests;

public sealed class MetadataTests
{
    private static PageMetadata Read(string head, string body = "<p>Some body text that is long enough to be taken as the article by the extractor here.</p>") =>
        HtmlArticleExtractor.Default.Extract($"<html><head>{head}</head><body><article>{body}</article></body></html>").Metadata;

    [Fact]
    public void Json_ld_news_article_gives_headline_authors_date_and_publisher()
    {
        var metadata = Read("""
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Daily Planet"},
             {"@type":"NewsArticle","headline":"Mayor resigns after vote","datePublished":"2021-03-04T09:30:00+01:00",
              "author":[{"@type":"Person","name":"lois lane"},{"@type":"Person","name":"Clark Kent"},{"@type":"Organization","name":"Daily Planet"}],
              "publisher":{"@type":"Organization","name":"Daily Planet"}}]}
            </script>
            """);

        Assert.Equal("Mayor resigns after vote", metadata.Title);
        Assert.Equal(["Lois Lane", "Clark Kent"], metadata.Authors);
        Assert.Equal(new DateTimeOffset(2021, 3, 4, 9, 30, 0, TimeSpan.FromHours(1)), metadata.Published);
        Assert.Equal(new DateOnly(2021, 3, 4), metadata.Date);
        Assert.Equal("Daily Planet", metadata.Publisher);
    }

    [Fact]
    public void Json_ld_author_may_be_a_plain_string()
    {
        var metadata = Read("""<script type="application/ld+json">{"@type":"Article","headline":"H","author":"Maria Garcia and Tom Lee"}</script>""");

        Assert.Equal(["Maria Garcia", "Tom Lee"], metadata.Authors);
    }

    [Fact]
    public void Broken_json_ld_falls_back_to_open_graph_and_meta_tags()
    {
        var metadata = Read("""
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
            <meta property="og:title" content="Storm hits the coast">
            <meta property="og:site_name" content="Coast News">
            <meta property="article:published_time" content="2019-10-02T17:05:00Z">
            <meta name="author" content="Sam Reed">
            """);

        Assert.Equal("Storm hits the coast", metadata.Title);
        Assert.Equal(["Sam Reed"], metadata.Authors);
        Assert.Equal(new DateTimeOffset(2019, 10, 2, 17, 5, 0, TimeSpan.Zero), metadata.Published);
        Assert.Equal("Coast News", metadata.Publisher);
    }

    [Fact]
    public void Citation_authors_written_last_name_first_are_turned_around()
    {
        var metadata = Read("""
            <meta name="citation_title" content="On frogs">
            <meta name="citation_author" content="Smith, John">
            <meta name="citation_author" content="Doe, Jane">
            <meta name="citation_publication_date" content="2018/05/01">
            """);

        Assert.Equal(["John Smith", "Jane Doe"], metadata.Authors);
        Assert.Equal(new DateOnly(2018, 5, 1), metadata.Date);
    }

    [Fact]
    public void Time_element_and_visible_byline_are_used_when_no_meta_tags_exist()
    {
        var metadata = Read("<title>Quiet day</title>", """
            <h1>Quiet day</h1><p class="byline">By ANNA SCHMIDT</p><time datetime="2020-06-15">June 15</time>
            <p>Some body text that is long enough to be taken as the article by the extractor here.</p>
            """);

        Assert.Equal(["Anna Schmidt"], metadata.Authors);
        Assert.Equal(new DateOnly(2020, 6, 15), metadata.Date);
    }

    [Theory]
    [InlineData("2 hours ago")]
    [InlineData("Staff Writer")]
    [InlineData("https://www.example.com/authors/jane")]
    [InlineData("Coast News")]
    [InlineData("news@coastnews.com")]
    [InlineData("Updated 12:30")]
    public void Strings_that_are_not_person_names_are_not_authors(string author)
    {
        var metadata = Read($"""<meta property="og:site_name" content="Coast News"><meta name="author" content="{author}">""");

        Assert.Empty(metadata.Authors);
    }

    [Theory]
    [InlineData("By JOHN SMITH", "John Smith")]
    [InlineData("by mary o'brien", "Mary O'Brien")]
    [InlineData("Jean-Luc Picard", "Jean-Luc Picard")]
    [InlineData("Ludwig van Beethoven", "Ludwig van Beethoven")]
    [InlineData("Von Anna Weber", "Anna Weber")]
    public void Author_names_are_cleaned_and_proper_cased(string raw, string expected)
    {
        Assert.Equal([expected], AuthorNames.Clean([raw], []));
    }

    [Fact]
    public void Author_lists_are_split_and_deduplicated()
    {
        Assert.Equal(["Ann Lee", "Bo Chen", "Cy Diaz"], AuthorNames.Clean(["Ann Lee, Bo Chen and Cy Diaz", "ANN LEE"], []));
    }

    [Theory]
    [InlineData("<p>Veröffentlicht am 16.08.2019 von Kathrin</p>", 2019, 8, 16)]
    [InlineData("<p class=\"meta\">Posted on January 23, 2020 by admin</p>", 2020, 1, 23)]
    [InlineData("<p>Von Anna Weber, 5. März 2021</p>", 2021, 3, 5)]
    [InlineData("<p>Publié le 7 juillet 2019</p>", 2019, 7, 7)]
    public void A_date_written_just_after_the_headline_is_the_publication_day_when_the_markup_gives_none(string line, int year, int month, int day)
    {
        var metadata = Read("<title>Quiet day</title>", $"<h1>Quiet day</h1>{line}<p>Some body text that is long enough to be taken as the article by the extractor, from 01.01.2010.</p>");

        Assert.Equal(new DateOnly(year, month, day), metadata.Date);
    }

    [Fact]
    public void A_date_in_the_page_url_is_used_when_no_date_is_written_near_the_headline()
    {
        var metadata = Read("""<meta property="og:url" content="https://blog.example.org/2020/01/23/quiet-day/">""", "<h1>Quiet day</h1><p>Some body text that is long enough to be taken as the article by the extractor here.</p>");

        Assert.Equal(new DateOnly(2020, 1, 23), metadata.Date);
    }

    [Fact]
    public void Impossible_dates_and_version_numbers_are_not_read_as_dates()
    {
        Assert.Null(VisibleDates.First("Version 4.1.2.2019 and 31.02.2020 and 2020-13-01"));
    }

    [Fact]
    public void A_byline_label_is_not_glued_to_the_linked_name()
    {
        var metadata = Read("<title>Quiet day</title>", """
            <h1>Quiet day</h1><div class="entry-author"><span>Author</span><a rel="author">Andreas Kalt</a></div>
            <p>Some body text that is long enough to be taken as the article by the extractor here.</p>
            """);

        Assert.Equal(["Andreas Kalt"], metadata.Authors);
    }

    [Fact]
    public void Reply_links_and_labels_in_a_byline_are_not_authors()
    {
        var metadata = Read("<title>Quiet day</title>", """
            <h1>Quiet day</h1><p class="post-author">Posted on <a>Jane Doe</a> <a>Reply</a></p>
            <p>Some body text that is long enough to be taken as the article by the extractor here.</p>
            """);

        Assert.Equal(["Jane Doe"], metadata.Authors);
    }

    [Theory]
    [InlineData("Harbour reopens after repairs | Coast News", "Harbour reopens after repairs")]
    [InlineData("Coast News - Harbour reopens after repairs", "Harbour reopens after repairs")]
    [InlineData("US-Sport in Zeiten von Corona", "US-Sport in Zeiten von Corona")]
    public void The_site_name_is_taken_off_a_meta_title(string title, string expected)
    {
        Assert.Equal(expected, PageMetadataReader.StripSiteName(title, "Coast News"));
    }

    [Fact]
    public void A_kicker_inside_the_headline_is_not_part_of_the_title()
    {
        var metadata = Read("<title>Bohren, bis es heiß wird</title>", """
            <h1><span class="headline__kicker">Klimaschutz</span><span class="headline__title">Bohren, bis es heiß wird</span></h1>
            <p>Some body text that is long enough to be taken as the article by the extractor here.</p>
            """);

        Assert.Equal("Bohren, bis es heiß wird", metadata.Title);
    }
}
