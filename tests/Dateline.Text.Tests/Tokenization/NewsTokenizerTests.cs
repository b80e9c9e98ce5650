using Dateline.Core.Annotations;
using Dateline.Testing;
using Dateline.Text.Tokenization;

namespace Dateline.Text.Tests.Tokenization;

public sealed class NewsTokenizerTests
{
    private static string[] Texts(string text) => NewsTokenizer.Tokenize(text).Select(t => t.Span.GetText(text)).ToArray();

    [Fact]
    public void Abbreviations_and_initials_keep_their_period()
    {
        var text = "In Albuquerque, N.M. and Stockton, Calif., U.S. Attorney Dr. J. Smith Jr. spoke on Aug. 1.";
        Assert.Equal(
            ["In", "Albuquerque", ",", "N.M.", "and", "Stockton", ",", "Calif.", ",", "U.S.", "Attorney", "Dr.", "J.", "Smith", "Jr.", "spoke", "on", "Aug.", "1", "."],
            Texts(text));
    }

    [Fact]
    public void Hyphenated_names_stay_whole_and_possessives_split_off()
    {
        var text = "ACLU-NM said the attorney general's so-called plan isn't fair.";
        Assert.Equal(["ACLU-NM", "said", "the", "attorney", "general", "'s", "so-called", "plan", "is", "n't", "fair", "."], Texts(text));
    }

    [Fact]
    public void Every_quote_style_is_a_quote_token()
    {
        var text = "\"a\" “b” ‘c’ 'd' «e»";
        var tokens = NewsTokenizer.Tokenize(text);
        var quotes = tokens.Where(t => t.Kind == TokenKind.Quote).Select(t => t.Span.GetText(text)).ToArray();
        Assert.Equal(["\"", "\"", "“", "”", "‘", "’", "'", "'", "«", "»"], quotes);
    }

    [Fact]
    public void Dashes_numbers_times_and_money_are_recognised()
    {
        var text = "Prices rose — from $5 to $5.2 billion – in the 1990s -- 1,000 people at 1:33 PM, 3.5% more";
        var tokens = NewsTokenizer.Tokenize(text);
        var pairs = tokens.Select(t => (t.Span.GetText(text), t.Kind)).ToArray();
        Assert.Contains(("—", TokenKind.Dash), pairs);
        Assert.Contains(("–", TokenKind.Dash), pairs);
        Assert.Contains(("--", TokenKind.Dash), pairs);
        Assert.Contains(("$", TokenKind.Symbol), pairs);
        Assert.Contains(("5.2", TokenKind.Number), pairs);
        Assert.Contains(("1990s", TokenKind.Number), pairs);
        Assert.Contains(("1,000", TokenKind.Number), pairs);
        Assert.Contains(("1:33", TokenKind.Number), pairs);
        Assert.Contains(("3.5", TokenKind.Number), pairs);
        Assert.Contains(("%", TokenKind.Symbol), pairs);
    }

    [Fact]
    public void Urls_and_emails_are_single_tokens()
    {
        var text = "See https://www.aclu-nm.org/news?id=3. Write to press@aclu-nm.org or www.example.com, today.";
        var tokens = NewsTokenizer.Tokenize(text);
        var pairs = tokens.Select(t => (t.Span.GetText(text), t.Kind)).ToArray();
        Assert.Contains(("https://www.aclu-nm.org/news?id=3", TokenKind.Url), pairs);
        Assert.Contains(("press@aclu-nm.org", TokenKind.Email), pairs);
        Assert.Contains(("www.example.com", TokenKind.Url), pairs);
    }

    [Fact]
    public void Every_span_maps_back_to_non_space_text_of_the_original()
    {
        var text = File.ReadAllText(TestPaths.SampleArticle) + "\n“Quote,” he said—then left… $3.5bn\u00A0🙂 O'Brien's e.g. don’t.";
        var tokens = NewsTokenizer.Tokenize(text);
        AnnotationAssert.SpansAreValid(text, tokens.Select(t => t.Span));
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Span.Length > 0);
            Assert.True(token.Span.Start >= previousEnd);
            Assert.True(text.AsSpan(previousEnd, token.Span.Start - previousEnd).Trim(" \t\r\n\u00A0").IsEmpty, $"text skipped before {token.Span}");
            Assert.False(token.Span.Slice(text).ContainsAny(" \n\t"));
            previousEnd = token.Span.End;
        }

        Assert.True(text.AsSpan(previousEnd).Trim().IsEmpty);
    }

    [Fact]
    public void Offsets_are_shifted_when_tokenizing_a_slice()
    {
        var builder = System.Collections.Immutable.ImmutableArray.CreateBuilder<Token>();
        NewsTokenizer.Tokenize("Hi there".AsSpan(), 10, builder);
        Assert.Equal(new Dateline.Core.TextSpan(10, 12), builder[0].Span);
        Assert.Equal(new Dateline.Core.TextSpan(13, 18), builder[1].Span);
    }
}
