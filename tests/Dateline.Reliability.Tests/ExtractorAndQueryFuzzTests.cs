using CsCheck;
using Dateline.Html;
using Dateline.Search;
using Dateline.Store;
using Dateline.Store.Postgres;

namespace Dateline.Reliability.Tests;

/// <summary>
/// The HTML extractor over generated tag soup, and both search query translators (SQLite FTS5 through a real
/// store, PostgreSQL's tsquery translator) over generated query text: always an answer or a "bad query" error,
/// never another exception, never a hang.
/// </summary>
public sealed class ExtractorAndQueryFuzzTests(SmallCorpus corpus) : IClassFixture<SmallCorpus>
{
    private static readonly string[] Tags = ["html", "head", "body", "article", "div", "p", "span", "h1", "h2", "table", "tr", "td", "ul", "li", "a", "script", "style", "noscript", "template", "svg", "math", "iframe", "br", "meta", "title", "time", "figure", "figcaption", "nav", "footer", "header", "main", "aside", "form", "select", "option", "textarea", "pre", "code", "frameset", "plaintext", "xmp"];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (4, Gen.Select(Gen.OneOf(Tags), Gen.OneOf("", " class=\"story-body\"", " id=x", " itemprop=articleBody", " data-x='", " onload=alert(1)", " content=\"2020-01-02\" property=\"article:published_time\""), (t, a) => $"<{t}{a}>")),
        (3, Gen.OneOf(Tags).Select(t => $"</{t}>")),
        (4, Gen.OneOf("Maria Lopez said the budget vote was close. ", "\"We will not accept it,\" she said. ", "Police said ", "&amp;", "&nbsp;", "&#x1F600;", "&bogus;", "<!-- comment", "-->", "<![CDATA[x]]>", "<?php ?>", "<", ">", "\0", "\ud800", "\u202e", "日本語の記事。")),
        (1, Gen.OneOf(Fuzz.Hostile)));

    private static readonly Gen<string> Html = Gen.Frequency(
        (6, Piece.Array[0, 300].Select(string.Concat)),
        (2, Fuzz.TextMutations("<html><head><title>Budget</title></head><body><article><h1>Budget vote</h1><p>\"No,\" said Maria Lopez.</p><p>More text follows here.</p></article></body></html>")),
        (1, Gen.Select(Gen.OneOf("div", "p", "table", "b", "li", "span"), Gen.Int[100, 6000], (t, n) => string.Concat(Enumerable.Repeat($"<{t}>x", n)))));

    private static readonly Gen<string> Query = Gen.Frequency(
        (5, Gen.OneOf("budget", "police", "Maria", "\"budget vote\"", "\"", "(", ")", "AND", "OR", "NOT", "NEAR", "NEAR(", "*", "^", ":", "headline:", "text:", "headline: budget", "-", "+", "{", "}", "'", "\\", "\0", "é", "𝔘", "a*", "''", "\"\"", ",", ";", "--", "/*", "%", "_", "&", "|", "!", "<->", ":*")
            .Array[0, 12].Select(words => string.Join(" ", words))),
        (2, Gen.String[0, 40]),
        (1, Gen.Char["()\"*^:-+ ANDORT"].Array[0, 30].Select(chars => new string(chars))));

    [Fact]
    public void The_html_extractor_survives_generated_tag_soup()
    {
        Fuzz.Check(Html, 400, html =>
        {
            var article = HtmlArticleExtractor.Default.Extract(html);
            Assert.NotNull(article.Text);
        });
    }

    [Fact]
    public void Sqlite_search_answers_or_says_bad_query_for_any_query_text()
    {
        Fuzz.Check(Query, 1500, text => AnswerOrBadQuery(() =>
        {
            var result = corpus.Store.Queries.Search(new Store.Queries.SearchQuery { Text = text, Limit = 5 });
            Assert.InRange(result.Total, 0, SmallCorpus.Articles);
        }));
    }

    [Fact]
    public void Quotes_about_answers_or_says_bad_query_for_any_text()
    {
        Fuzz.Check(Query, 500, text => AnswerOrBadQuery(() => corpus.Store.Queries.Quotes(new Store.Queries.QuoteQuery { About = text, Limit = 5 })));
    }

    [Fact]
    public void The_postgres_query_translator_gives_a_tsquery_or_says_bad_query_for_any_text()
    {
        Fuzz.Check(Query, 3000, text => AnswerOrBadQuery(() => Assert.NotNull(FtsQueryTranslator.Translate(text))));
    }

    /// <summary>Runs a query: it answers, or fails with a one-line store error marked as the query's fault.</summary>
    private static void AnswerOrBadQuery(Action query)
    {
        try
        {
            query();
        }
        catch (StoreException ex)
        {
            Assert.True(ex.IsBadQuery, ex.Message);
            Fuzz.AssertOneLine(ex.Message);
        }
    }
}
