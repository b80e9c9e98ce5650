using Dateline.Web.Access;

namespace Dateline.Web.Tests;

/// <summary>Which addresses count as loopback, and the rule that any other one needs tokens or --public.</summary>
public sealed class ListenAddressesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://127.0.0.1:0", true)]
    [InlineData("http://127.1.2.3:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("https://LOCALHOST", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://127.0.0.1:5000/dateline", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://*:5000", false)]
    [InlineData("http://+:5000", false)]
    [InlineData("http://[::]:5000", false)]
    [InlineData("http://192.168.1.20:5000", false)]
    [InlineData("http://news.example.org:5000", false)]
    [InlineData("http://localhost.example.org:5000", false)]
    [InlineData("http://unix:/run/dateline.sock", false)]
    [InlineData("127.0.0.1:5000", false)]
    [InlineData("", false)]
    public void Loopback_is_localhost_and_loopback_ips_only(string url, bool loopback) =>
        Assert.Equal(loopback, ListenAddresses.IsLoopback(url));

    [Fact]
    public void One_open_address_among_several_is_found() =>
        Assert.Equal("http://0.0.0.0:5001", ListenAddresses.FirstNonLoopback("http://127.0.0.1:5000; http://0.0.0.0:5001"));

    [Fact]
    public void A_non_loopback_address_needs_tokens_or_public()
    {
        var refused = Assert.Throws<AccessConfigurationException>(() => AccessPolicy.Verify("http://127.0.0.1:5000;http://0.0.0.0:5000", null, isPublic: false));
        Assert.Contains("http://0.0.0.0:5000 is not a loopback address", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--token-file", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--public", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);

        AccessPolicy.Verify("http://0.0.0.0:5000", AccessTokens.Parse(["t"]), isPublic: false);
        AccessPolicy.Verify("http://0.0.0.0:5000", null, isPublic: true);
        AccessPolicy.Verify("http://127.0.0.1:5000;http://localhost:5001", null, isPublic: false);
    }

    [Fact]
    public void The_host_refuses_to_build_on_an_open_address_without_tokens_or_public()
    {
        using var corpus = TestCorpus.FromDocuments([HandMadeArticles.Hostile()]);
        Assert.Throws<AccessConfigurationException>(() => DatelineWebApp.Build(new DatelineWebOptions { Queries = corpus.Store.Queries, Urls = "http://0.0.0.0:0" }));
    }
}
