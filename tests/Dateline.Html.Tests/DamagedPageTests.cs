using Dateline.Html.Evaluation;

namespace Dateline.Html.Tests;

/// <summary>Good pages damaged on purpose (<see cref="PageDamage"/>): the article must still be found, and never only the comments.</summary>
public sealed class DamagedPageTests
{
    private const string ShortPost = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>A walk around the lake</title></head>
        <body><div id="wrap"><div id="top"><a href="/">Home</a> <a href="/about">About me</a> <a href="/archive">Archive</a></div>
        <div class="post"><h2>A walk around the lake</h2>
        <p>On Sunday we finally walked all the way around the lake, eleven kilometres in just under three hours.</p>
        <p>The path on the northern shore is still closed after the spring floods, so we took the forest road instead, which was muddy but quiet.</p>
        </div></div></body></html>
        """;

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var kind in PageDamage.Kinds)
        {
            cases.Add("news", kind);
            cases.Add("post", kind);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_article_is_still_found_in_a_damaged_page(string page, string damage)
    {
        var (html, first, last) = page == "news"
            ? (ExtractionTests.NewsPage, "The city council voted on Tuesday", "40 million dollars")
            : (ShortPost, "we finally walked all the way around the lake", "muddy but quiet");
        var damaged = PageDamage.Apply(html, damage);
        Assert.NotEqual(html, damaged);

        var article = HtmlArticleExtractor.Default.Extract(damaged);

        Assert.Contains(first, article.Body);
        Assert.Contains(last, article.Body);
        Assert.DoesNotContain("I have been reading this blog for years", article.Text);
        Assert.DoesNotContain("Your email address will not be published", article.Text);
    }

    [Fact]
    public void A_page_swallowed_by_its_title_keeps_offsets_into_the_page_as_read()
    {
        var damaged = PageDamage.Apply(ExtractionTests.NewsPage, "title");

        var article = HtmlArticleExtractor.Default.Extract(damaged);

        Assert.NotEmpty(article.Paragraphs);
        foreach (var paragraph in article.Paragraphs)
        {
            var text = article.Text.Substring(paragraph.Start, paragraph.Length);
            var firstWord = text.Split(' ')[0];
            Assert.StartsWith(firstWord, damaged[article.TextToSource.ToSource(paragraph.Start)..]);
        }
    }

    [Fact]
    public void A_forum_page_of_comments_only_keeps_its_posts()
    {
        var damaged = PageDamage.Apply("<html><head><title>Forum</title></head><body><h1>Forum</h1></body></html>", "comments");

        var article = HtmlArticleExtractor.Default.Extract(damaged);

        Assert.Contains("I have been reading this blog for years", article.Text);
    }

    [Fact]
    public void An_unknown_damage_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PageDamage.Apply("<html></html>", "fire"));
    }
}
