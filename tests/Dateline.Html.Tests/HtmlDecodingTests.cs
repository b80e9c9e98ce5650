using System.Text;

namespace Dateline.Html.Tests;

public sealed class HtmlDecodingTests
{
    [Theory]
    [InlineData("utf-7")]
    [InlineData("x-no-such-charset")]
    public void A_charset_dotnet_refuses_or_does_not_know_falls_back_to_the_default(string charset)
    {
        var page = $"<html><head><meta charset=\"{charset}\"><title>Caf\u00e9</title></head><body><p>Caf\u00e9 news</p></body></html>";

        var fromMeta = HtmlDecoding.Decode(Encoding.UTF8.GetBytes(page));
        var fromHeader = HtmlDecoding.Decode(Encoding.UTF8.GetBytes(page), charset);

        Assert.Contains("Caf\u00e9 news", fromMeta, StringComparison.Ordinal);
        Assert.Contains("Caf\u00e9 news", fromHeader, StringComparison.Ordinal);
    }
}
