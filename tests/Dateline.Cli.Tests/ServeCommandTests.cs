using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dateline.Testing;

namespace Dateline.Cli.Tests;

public sealed class ServeCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dateline-cli-tests", Guid.NewGuid().ToString("N"));

    public ServeCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }

    [Fact]
    public void Serving_a_missing_database_is_a_one_line_error()
    {
        var run = DatelineProcess.Run(_folder, "serve", "--db", Path.Combine(_folder, "none.db"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no database at", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_answers_the_api_and_the_ui_on_the_port_it_reports()
    {
        var db = Ingest();
        using var server = DatelineProcess.Start(_folder, "serve", "--db", db, "--urls", "http://127.0.0.1:0");
        try
        {
            var url = await ServingUrlAsync(server);
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            var stats = JsonDocument.Parse(await client.GetStringAsync("/api/stats")).RootElement;
            Assert.Equal(1, stats.GetProperty("articles").GetInt64());
            var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=sanctuary")).RootElement;
            Assert.Equal(1, search.GetProperty("total").GetInt32());
            using var page = await client.GetAsync("/");
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://*:5000")]
    [InlineData("http://[::]:5000")]
    [InlineData("http://news.example.org:5000")]
    [InlineData("http://127.0.0.1:5000;http://192.168.1.20:5000")]
    public void Serving_a_non_loopback_address_without_token_file_or_public_is_refused(string urls)
    {
        var db = Path.Combine(_folder, "none.db");
        var (code, output, error) = CliRunner.Run("serve", "--db", db, "--urls", urls);
        Assert.Equal(2, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("dateline: error: http://", line, StringComparison.Ordinal);
        Assert.Contains("is not a loopback address", line, StringComparison.Ordinal);
        Assert.Contains("--token-file FILE", line, StringComparison.Ordinal);
        Assert.Contains("--public", line, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void A_missing_or_empty_token_file_is_a_one_line_error()
    {
        var db = Path.Combine(_folder, "none.db");
        var missing = CliRunner.Run("serve", "--db", db, "--urls", "http://0.0.0.0:0", "--token-file", Path.Combine(_folder, "no-tokens"));
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("dateline: error: --token-file: cannot read", missing.Error, StringComparison.Ordinal);
        Assert.Single(missing.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var empty = Path.Combine(_folder, "tokens");
        File.WriteAllText(empty, "# nobody yet\n\n   \n");
        var none = CliRunner.Run("serve", "--db", db, "--token-file", empty);
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("holds no token", none.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", none.Out + none.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://127.0.0.1:0")]
    public async Task With_a_token_file_the_api_needs_a_right_token_and_gives_no_data_without(string urls)
    {
        var db = Ingest();
        var tokens = Path.Combine(_folder, "tokens");
        File.WriteAllText(tokens, "# newsroom\n\nfirst-token-a81f\n  second-token-0c2d  \n");
        using var server = DatelineProcess.Start(_folder, "serve", "--db", db, "--urls", urls, "--token-file", tokens);
        try
        {
            var url = await ServingUrlAsync(server);
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            foreach (var token in new string?[] { null, "wrong-token", "first-token-a81", "# newsroom" })
            {
                foreach (var path in new[] { "/api/search?q=sanctuary", "/api/stats", "/api/quotes" })
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, path);
                    if (token is not null)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    }

                    using var refused = await client.SendAsync(request);
                    var body = await refused.Content.ReadAsStringAsync();
                    Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
                    Assert.DoesNotContain("Simonson", body, StringComparison.Ordinal);
                    Assert.DoesNotContain("Sessions", body, StringComparison.Ordinal);
                    Assert.DoesNotContain("sanctuary", body, StringComparison.OrdinalIgnoreCase);
                }
            }

            using var page = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            foreach (var token in new[] { "first-token-a81f", "second-token-0c2d" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=sanctuary");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var answer = await client.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
                Assert.Equal(1, JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32());
            }
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task With_public_a_non_loopback_address_serves_without_a_token()
    {
        var db = Ingest();
        using var server = DatelineProcess.Start(_folder, "serve", "--db", db, "--urls", "http://0.0.0.0:0", "--public");
        try
        {
            var url = await ServingUrlAsync(server);
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=sanctuary")).RootElement;
            Assert.Equal(1, search.GetProperty("total").GetInt32());
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private string Ingest()
    {
        var db = Path.Combine(_folder, "corpus.db");
        var ingest = DatelineProcess.Run(_folder, "ingest", TestPaths.SampleArticle, "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        return db;
    }

    /// <summary>The URL from the server's "dateline: serving ... at URL (...)" line; a wildcard host becomes 127.0.0.1.</summary>
    private static async Task<string> ServingUrlAsync(Process server)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await server.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            var at = line.IndexOf(" at http://", StringComparison.Ordinal);
            if (line.StartsWith("dateline: serving", StringComparison.Ordinal) && at > 0)
            {
                var url = new UriBuilder(line[(at + 4)..].Split(' ')[0]);
                if (url.Host is "0.0.0.0" or "[::]" or "::")
                {
                    url.Host = "127.0.0.1";
                }

                return url.Uri.ToString();
            }
        }

        throw new InvalidOperationException("dateline serve stopped before it reported its address");
    }
}
