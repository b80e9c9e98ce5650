using System.Net;
using CsCheck;
using Dateline.Web;

namespace Dateline.Reliability.Tests;

/// <summary>
/// The web API's parameters, generated: every endpoint with random names and hostile values (huge and negative
/// numbers, bad dates, query syntax, markup, control characters, long strings). The answer is 200, 400 or 404 with
/// a plain message, never a 5xx, never a stack trace.
/// </summary>
public sealed class ApiFuzzTests(SmallCorpus corpus) : IClassFixture<SmallCorpus>
{
    private static readonly string[] Paths = ["/api/search", "/api/quotes", "/api/entities", "/api/entity", "/api/timeline", "/api/dupes", "/api/stats", "/api/articles/", "/api/articles/{0}/copies"];

    private static readonly string[] Names = ["q", "person", "org", "place", "speaker", "agency", "from", "to", "limit", "offset", "facets", "allCopies", "about", "label", "top", "name", "by", "minSize", "x", "Q", "limit[]", ""];

    private static readonly Gen<string> Value = Gen.Frequency(
        (4, Gen.OneOf("budget", "Maria Lopez", "Peter Simonson", "Reuters", "2020", "2020-02", "2020-02-30", "2020-13-01", "0001-01-01", "9999-12-31", "-1", "0", "1", "501", "2147483648", "99999999999999999999", "1e9", "NaN", "true", "false", "yes", "person,org", "month", "day", "week", "year", "PER", "ORG", "LOC", "\"budget", "budget AND", "NEAR(", "*", "headline:", "' OR 1=1 --", "<script>alert(1)</script>", "%00", "%ZZ", "%C0%AF", "\u202e", "𝔘")),
        (2, Gen.String[0, 30]),
        (1, Gen.Int[0, 3000].Select(n => new string('x', n))));

    private static readonly Gen<string> Request = Gen.Select(
        Gen.OneOf(Paths),
        Gen.Select(Gen.OneOf(Names), Value).Array[0, 6],
        Value,
        (path, parameters, id) =>
        {
            var target = path.EndsWith('/') ? path + Uri.EscapeDataString(id) : path.Replace("{0}", Uri.EscapeDataString(id), StringComparison.Ordinal);
            var query = string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Item1) + "=" + Uri.EscapeDataString(p.Item2)));
            return query.Length == 0 ? target : target + "?" + query;
        });

    [Fact]
    public async Task Generated_requests_get_200_400_or_404_with_a_plain_message_never_a_server_error()
    {
        var app = DatelineWebApp.Build(new DatelineWebOptions { Queries = corpus.Store.Queries, Urls = "http://127.0.0.1:0", RequestsPerMinute = 0 });
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            Fuzz.Check(Request, 1500, url =>
            {
                using var response = client.GetAsync(new Uri(url, UriKind.Relative)).GetAwaiter().GetResult();
                var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                Assert.True(
                    response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.RequestUriTooLong,
                    $"{url}: {(int)response.StatusCode} {body}");
                Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
                Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
            });
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
