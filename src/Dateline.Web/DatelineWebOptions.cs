using Dateline.Store.Queries;
using Dateline.Web.Access;

namespace Dateline.Web;

/// <summary>How to run the web host: which corpus to serve, where to listen, and the request limits.</summary>
public sealed class DatelineWebOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>The queries to serve. The host does not own them (the caller disposes the store).</summary>
    public required ICorpusQueries Queries { get; init; }

    /// <summary>The store's stories (docs/stories.md), or <c>null</c> when its backend keeps none (the story API answers 503).</summary>
    public Store.Stories.IStoryStore? Stories { get; init; }

    /// <summary>Where Kestrel listens (semicolon-separated URLs); port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Requests per minute allowed from one client address; 0 turns rate limiting off.</summary>
    public int RequestsPerMinute { get; init; } = 600;

    /// <summary>The longest query string accepted (characters); longer requests get 414.</summary>
    public int MaxQueryStringLength { get; init; } = 2048;

    /// <summary>The largest request body accepted (bytes). The API is read-only, so bodies are never needed.</summary>
    public long MaxRequestBodyBytes { get; init; } = 4096;

    /// <summary>
    /// The bearer tokens that may call the API (<c>/api</c>, <c>/openapi</c>); null: no token needed. Required,
    /// unless <see cref="Public"/>, when <see cref="Urls"/> name any address other than loopback.
    /// </summary>
    public AccessTokens? Tokens { get; init; }

    /// <summary>
    /// Serve on non-loopback addresses without tokens: the explicit choice to publish the corpus to anyone who
    /// can reach the host. Tokens, when given, still apply.
    /// </summary>
    public bool Public { get; init; }

    /// <summary>Whether to log each request (off by default: the host is quiet).</summary>
    public bool LogRequests { get; init; }
}
