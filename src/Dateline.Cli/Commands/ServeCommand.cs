using System.CommandLine;
using Dateline.Web;
using Dateline.Web.Access;
using Microsoft.Extensions.Hosting;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline serve [--db FILE] [--urls URL] [--token-file FILE | --public]</c>: the read-only JSON API and web UI
/// over a corpus. Any address other than loopback needs bearer tokens or an explicit <c>--public</c>.
/// </summary>
internal sealed class ServeCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var db = StoreOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (semicolon-separated URLs; port 0 picks a free port).",
            DefaultValueFactory = _ => DatelineWebOptions.DefaultUrls,
        };
        var rate = new Option<int>("--rate-limit")
        {
            Description = "Requests per minute allowed from one client address (0: no limit).",
            DefaultValueFactory = _ => 600,
        };
        var log = new Option<bool>("--log") { Description = "Log every request to standard error." };
        var tokenFile = new Option<string?>("--token-file")
        {
            Description = "Require 'Authorization: Bearer TOKEN' on the API, TOKEN one of the lines of this file (blank lines and # comments skipped). Needed, or --public, on any address other than loopback.",
        };
        var isPublic = new Option<bool>("--public") { Description = "Allow serving on a non-loopback address without a token: anyone who can reach it reads the corpus." };
        var command = new Command("serve", "Serve the corpus: a read-only JSON API (/api, OpenAPI at /openapi/v1.json) and a web UI for search, articles and speakers.");
        command.Options.Add(db);
        command.Options.Add(urls);
        command.Options.Add(rate);
        command.Options.Add(log);
        command.Options.Add(tokenFile);
        command.Options.Add(isPublic);
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(db)!,
            new ServeAccess(parse.GetValue(urls)!, parse.GetValue(tokenFile), parse.GetValue(isPublic)),
            parse.GetValue(rate),
            parse.GetValue(log),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, ServeAccess access, int rate, bool log, CancellationToken cancellationToken)
    {
        if (rate < 0)
        {
            throw new UserException("--rate-limit must be 0 or more");
        }

        var urls = access.Urls;
        AccessTokens? tokens;
        try
        {
            tokens = access.TokenFile is { } file ? AccessTokens.FromFile(file) : null;
            AccessPolicy.Verify(urls, tokens, access.Public);
        }
        catch (AccessConfigurationException ex)
        {
            throw new UserException(ex.Message, ex);
        }

        using var store = StoreOptions.Open(path, create: false);
        var options = new DatelineWebOptions { Queries = store.Queries, Stories = Store.Stories.StoryStores.Find(store), Urls = urls, RequestsPerMinute = rate, LogRequests = log, Tokens = tokens, Public = access.Public };
        await using var app = DatelineWebApp.Build(options);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new UserException($"cannot listen on {urls}: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException)
        {
            throw new UserException($"--urls: {ex.Message}", ex);
        }

        // The addresses actually bound (configuration outside --urls could add some): checked again, fail closed.
        try
        {
            AccessPolicy.Verify(app.Urls, tokens, access.Public);
        }
        catch (AccessConfigurationException ex)
        {
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            throw new UserException(ex.Message, ex);
        }

        var guard = tokens is not null ? $"the API needs one of {tokens.Count} bearer token(s); " : access.Public ? "public, no token needed; " : string.Empty;
        foreach (var url in app.Urls)
        {
            CliOutput.Error.WriteLine($"dateline: serving {store.Location} at {url} ({guard}Ctrl+C to stop)");
        }

        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
