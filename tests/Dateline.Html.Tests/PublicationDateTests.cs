using Dateline.Html.Metadata;

namespace Dateline.Html.Tests;

/// <summary>Composed pages, one for each way pages were seen to be misdated.</summary>
public sealed class PublicationDateTests
{
    private const string Body = "<p>The harbour reopened on Monday after three weeks of repairs, the port authority said in a statement, and the first ferries were already running again in the afternoon.</p>";

    private static PageMetadata Read(string page, string? url = null) => HtmlArticleExtractor.Default.Extract(page, url).Metadata;

    private static string Page(string head, string body, string lang = "en") =>
        $"<html lang=\"{lang}\"><head><title>Harbour reopens</title>{head}</head><body>{body}</body></html>";

    [Fact]
    public void A_sidebar_or_related_post_time_loses_to_the_articles_own_time()
    {
        var page = Page(string.Empty, $"""
            <aside class="sidebar"><h3>Latest</h3><article><a>Storm warning</a> <time datetime="2021-06-30">30 June</time></article></aside>
            <article><h1>Harbour reopens</h1><p>By Ann Lee, <time datetime="2021-06-14T09:00:00+02:00">14 June 2021</time></p>{Body}
            <div class="related-posts"><time datetime="2021-07-02">2 July</time></div></article>
            """);

        Assert.Equal(new DateOnly(2021, 6, 14), Read(page).Date);
    }

    [Theory]
    [InlineData("Tue Jan 28 15:28:56 CET 2020", 2020, 1, 28)]
    [InlineData("Tue, Sep 15 2020 10:01:41 EDT", 2020, 9, 15)]
    [InlineData("Wed, 02 Feb 2022 09:12:22 +0100", 2022, 2, 2)]
    [InlineData("2022-5-5 22:17:36", 2022, 5, 5)]
    public void Non_iso_json_ld_dates_are_read(string written, int year, int month, int day)
    {
        var page = Page($$"""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour reopens","datePublished":"{{written}}"}</script>""", $"<h1>Harbour reopens</h1>{Body}");

        Assert.Equal(new DateOnly(year, month, day), Read(page).Date);
    }

    [Fact]
    public void Zone_names_give_the_offset_and_the_day_stays_the_publishers()
    {
        var parsed = DateText.Parse("Tue, Sep 15 2020 22:01:41 EDT");

        Assert.Equal(new DateOnly(2020, 9, 15), parsed!.Day);
        Assert.Equal(new DateTimeOffset(2020, 9, 15, 22, 1, 41, TimeSpan.FromHours(-4)), parsed.Moment);
        Assert.Equal(DateZone.Local, parsed.Zone);
    }

    [Fact]
    public void A_utc_stamp_after_midnight_is_the_previous_day_for_an_american_publisher()
    {
        // 00:44 UTC on 4 May is the evening of 3 May in Brazil (UTC-3).
        var page = Page("""<meta property="article:published_time" content="2022-05-04T00:44:52.000Z">""", $"<h1>Harbour reopens</h1>{Body}", lang: "pt-BR");

        var metadata = Read(page);

        Assert.Equal(new DateOnly(2022, 5, 3), metadata.Date);
        Assert.Equal(new DateTimeOffset(2022, 5, 4, 0, 44, 52, TimeSpan.Zero), metadata.Published);
    }

    [Fact]
    public void A_utc_stamp_takes_the_day_the_page_writes_next_to_the_headline()
    {
        var page = Page("""<meta property="article:published_time" content="2020-02-25T02:25:54Z">""", $"<h1>Harbour reopens</h1><p>February 24, 2020 | 9:25pm</p>{Body}");

        Assert.Equal(new DateOnly(2020, 2, 24), Read(page).Date);
    }

    [Fact]
    public void A_stamp_with_its_own_offset_keeps_its_own_day()
    {
        var page = Page("""<meta property="article:published_time" content="2021-03-04T23:30:00-05:00">""", $"<h1>Harbour reopens</h1>{Body}", lang: "en-US");

        Assert.Equal(new DateOnly(2021, 3, 4), Read(page).Date);
    }

    [Fact]
    public void A_slash_date_on_a_european_page_is_read_day_first()
    {
        var page = Page(string.Empty, $"<h1>Harbour reopens</h1><p>06/11/2023</p>{Body}", lang: "fr");

        Assert.Equal(new DateOnly(2023, 11, 6), Read(page).Date);
    }

    [Fact]
    public void A_slash_date_on_an_american_page_is_read_month_first()
    {
        var page = Page(string.Empty, $"<h1>Harbour reopens</h1><p>06/11/2023</p>{Body}", lang: "en-US");

        Assert.Equal(new DateOnly(2023, 6, 11), Read(page).Date);
    }

    [Fact]
    public void An_ambiguous_meta_date_is_read_the_way_the_visible_date_says()
    {
        var page = Page("""<meta name="date" content="11/01/2023 12:43:42">""", $"<h1>Harbour reopens</h1><p>Erstellt am: 01.11.2023</p>{Body}", lang: "de");

        Assert.Equal(new DateOnly(2023, 11, 1), Read(page).Date);
    }

    [Fact]
    public void A_date_in_the_url_is_used_before_a_time_element_and_text()
    {
        var page = Page(string.Empty, $"<h1>Harbour reopens</h1><p>Updated <time datetime=\"2019-11-02\">2 Nov</time></p>{Body}");

        var metadata = Read(page, "https://news.example.com/2019/10/22/harbour-reopens/");

        Assert.Equal(new DateOnly(2019, 10, 22), metadata.Date);
    }

    [Theory]
    [InlineData("<p>Veröffentlicht: 26. Januar 2022</p>", "de", 2022, 1, 26)]
    [InlineData("<p>Publicado el 3 de mayo de 2022</p>", "es", 2022, 5, 3)]
    [InlineData("<p>Pubblicato il 12 settembre 2021</p>", "it", 2021, 9, 12)]
    [InlineData("<p>Gepubliceerd op 5 maart 2020</p>", "nl", 2020, 3, 5)]
    public void Month_names_are_read_in_several_languages(string line, string lang, int year, int month, int day)
    {
        var page = Page(string.Empty, $"<h1>Harbour reopens</h1>{line}{Body}", lang);

        Assert.Equal(new DateOnly(year, month, day), Read(page).Date);
    }

    [Fact]
    public void Json_ld_with_two_objects_back_to_back_is_read()
    {
        var page = Page("""
            <script type="application/ld+json">{"@type":"WebSite","name":"Harbour News"}
            {"@type":"NewsArticle","headline":"Harbour reopens","datePublished":"2020-10-22T08:00:00+02:00"}</script>
            """, $"<h1>Harbour reopens</h1>{Body}");

        Assert.Equal(new DateOnly(2020, 10, 22), Read(page).Date);
    }

    [Fact]
    public void Json_ld_in_a_script_without_a_type_is_read()
    {
        var page = Page("""<script>{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour reopens", "datePublished": "2022-01-28T06:00:00+01:00"}</script>""", $"<h1>Harbour reopens</h1>{Body}");

        Assert.Equal(new DateOnly(2022, 1, 28), Read(page).Date);
    }

    [Fact]
    public void Json_ld_publication_date_wins_over_a_modification_meta_tag()
    {
        var page = Page("""
            <meta property="article:modified_time" content="2021-05-01T10:00:00+00:00">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-04-20T10:00:00+02:00"}</script>
            """, $"<h1>Harbour reopens</h1>{Body}");

        Assert.Equal(new DateOnly(2021, 4, 20), Read(page).Date);
    }

    [Fact]
    public void A_labelled_date_far_from_the_headline_is_found()
    {
        var filler = string.Concat(Enumerable.Repeat("<p>More background about the harbour and its long history as a fishing port on the coast.</p>", 25));
        var page = Page(string.Empty, $"<h1>Harbour reopens</h1>{Body}{filler}<p>Stand: 05. Februar 2020</p>", lang: "de");

        Assert.Equal(new DateOnly(2020, 2, 5), Read(page).Date);
    }

    [Theory]
    [InlineData("1970-01-01T00:00:00Z")]
    [InlineData("2999-01-01")]
    public void Implausible_dates_are_not_taken(string written)
    {
        var page = Page($"""<meta property="article:published_time" content="{written}">""", $"<h1>Harbour reopens</h1>{Body}");

        Assert.Null(Read(page).Date);
    }

    [Theory]
    [InlineData("13/05/2021", "Unknown", 2021, 5, 13)]
    [InlineData("05/13/2021", "Unknown", 2021, 5, 13)]
    [InlineData("05/06/2021", "DayFirst", 2021, 6, 5)]
    [InlineData("05/06/2021", "MonthFirst", 2021, 5, 6)]
    [InlineData("1611651600", "Unknown", 2021, 1, 26)]
    public void Numeric_dates_and_unix_times_are_read(string written, string order, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DateText.Parse(written, Enum.Parse<DateOrder>(order))!.Day);
    }

    [Fact]
    public void A_numeric_date_that_reads_both_ways_without_a_known_order_is_not_guessed()
    {
        Assert.Null(DateText.Parse("05/06/2021"));
    }
}
