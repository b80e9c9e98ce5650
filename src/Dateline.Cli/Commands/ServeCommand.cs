using System.CommandLine;
using Dateline.Web;
using Microsoft.Extensions.Hosting;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline serve [--db FILE] [--urls URL]</c>: the read-only JSON API and web UI over a corpus.</summary>
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
        var command = new Command("serve", "Serve the corpus: a read-only JSON API (/api, OpenAPI at /openapi/v1.json) and a web UI for search, articles and speakers.");
        command.Options.Add(db);
        command.Options.Add(urls);
        command.Options.Add(rate);
        command.Options.Add(log);
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(db)!, parse.GetValue(urls)!, parse.GetValue(rate), parse.GetValue(log), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, string urls, int rate, bool log, CancellationToken cancellationToken)
    {
        if (rate < 0)
        {
            throw new UserException("--rate-limit must be 0 or more");
        }

        using var store = StoreOptions.Open(path, create: false);
        var options = new DatelineWebOptions { Queries = store.Queries, Urls = urls, RequestsPerMinute = rate, LogRequests = log };
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

        foreach (var url in app.Urls)
        {
            CliOutput.Error.WriteLine($"dateline: serving {store.Location} at {url} (Ctrl+C to stop)");
        }

        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
