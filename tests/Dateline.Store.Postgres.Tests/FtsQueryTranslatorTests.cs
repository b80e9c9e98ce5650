namespace Dateline.Store.Postgres.Tests;

public sealed class FtsQueryTranslatorTests
{
    [Theory]
    [InlineData("sanctuary", "'sanctuary'")]
    [InlineData("sanctuary cities", "('sanctuary' & 'cities')")]
    [InlineData("\"sanctuary cities\"", "'sanctuary cities'")]
    [InlineData("sanct*", "'sanct':*")]
    [InlineData("cocoa AND (brazil OR ghana)", "('cocoa' & ('brazil' | 'ghana'))")]
    [InlineData("sanctuary NOT denver", "('sanctuary' & !'denver')")]
    [InlineData("a OR b c", "('a' | ('b' & 'c'))")]
    [InlineData("headline: budget", "'budget':A")]
    [InlineData("headline: budg*", "'budg':*A")]
    [InlineData("NEAR(police shooting, 5)", "('police' & 'shooting')")]
    [InlineData("o'neill", "'o''neill'")]
    [InlineData("back\\slash", "'back\\\\slash'")]
    public void Fts5_syntax_becomes_the_equivalent_tsquery(string query, string expected)
    {
        Assert.Equal(expected, FtsQueryTranslator.Translate(query));
    }

    [Theory]
    [InlineData("\"unclosed")]
    [InlineData("(a OR b")]
    [InlineData("a AND")]
    [InlineData("OR a")]
    [InlineData("author: smith")]
    [InlineData("   ")]
    public void Malformed_queries_are_reported_as_invalid_search_queries(string query)
    {
        var error = Assert.Throws<StoreException>(() => FtsQueryTranslator.Translate(query));
        Assert.StartsWith("invalid search query:", error.Message, StringComparison.Ordinal);
    }
}
