using System.Buffers;
using System.Text.Json;
using Dateline.Core.Annotations;
using Dateline.Core.Serialization;
using Dateline.Search;
using Dateline.Store;
using Dateline.Store.Queries;
using Dateline.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Web.Api;

/// <summary>
/// The read-only JSON API. Handlers only check parameters and call the store's queries; results are the
/// store's and Dateline.Search's records written with <see cref="QueryJson.Options"/> (the CLI's <c>--json</c>
/// shape), and articles with <see cref="DocumentJson"/> (the shape of <c>dateline analyze --json</c>).
/// </summary>
internal static class ApiEndpoints
{
    public static void MapDatelineApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("corpus");

        api.MapGet("/search", Search)
            .WithName("search")
            .WithSummary("Full-text search (SQLite FTS5 syntax, BM25 ranking) with filters and facet counts over all matches.")
            .Produces<SearchResults>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/articles/{id}", Article)
            .WithName("article")
            .WithSummary("One article by store id or document id, with its annotation layers (the JSON of 'dateline analyze --json').")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/articles/{id}/copies", Copies)
            .WithName("copies")
            .WithSummary("The story an article belongs to, with every copy of it (the shape of one story of 'dateline dupes --json').")
            .Produces<DuplicateStory>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/dupes", Dupes)
            .WithName("dupes")
            .WithSummary("Stories with several copies (syndicated, cut, extended or re-headlined articles), largest first: outlets, dates, sizes and what each copy changed ('dateline dupes --json').")
            .Produces<IReadOnlyList<DuplicateStory>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/quotes", Quotes)
            .WithName("quotes")
            .WithSummary("Who said what: quotes by speaker (name or alias), by words in the quote, and by date.")
            .Produces<IReadOnlyList<QuoteHit>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/entities", Entities)
            .WithName("entities")
            .WithSummary("The most mentioned entities, optionally of one label (PER, ORG, LOC, MISC).")
            .Produces<IReadOnlyList<CorpusEntity>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/entity", Entity)
            .WithName("entity")
            .WithSummary("One entity by name or alias: its matches, the quotes attributed to it, and its mentions over time.")
            .Produces<EntityProfile>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/timeline", TimelineOf)
            .WithName("timeline")
            .WithSummary("Mentions, articles and quotes of a name per day, week or month.")
            .Produces<Timeline>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/stats", Stats)
            .WithName("stats")
            .WithSummary("What the store holds.")
            .Produces<CorpusStats>();
    }

    private static IResult Search(
        ICorpusQueries queries,
        HttpContext context,
        string? q,
        string? person,
        string? org,
        string? place,
        string? speaker,
        string? agency,
        string? from,
        string? to,
        string? limit,
        string? offset,
        string? facets,
        string? facetLimit,
        string? allCopies,
        string? story) => Guard(userText: true, () =>
        {
            var request = new SearchQuery
            {
                Text = QueryParameters.Text(q, "q"),
                Person = QueryParameters.Text(person, "person", QueryParameters.MaxNameLength),
                Organization = QueryParameters.Text(org, "org", QueryParameters.MaxNameLength),
                Place = QueryParameters.Text(place, "place", QueryParameters.MaxNameLength),
                Speaker = QueryParameters.Text(speaker, "speaker", QueryParameters.MaxNameLength),
                Agency = QueryParameters.Text(agency, "agency", QueryParameters.MaxNameLength),
                From = QueryParameters.Date(from, "from", end: false),
                To = QueryParameters.Date(to, "to", end: true),
                Limit = QueryParameters.Integer(limit, "limit", 20, 1, 100),
                Offset = QueryParameters.Integer(offset, "offset", 0, 0, 10_000),
                Facets = QueryParameters.Flag(facets, "facets", defaultValue: true),
                FacetLimit = QueryParameters.Integer(facetLimit, "facetLimit", 10, 1, 100),
                AllCopies = QueryParameters.Flag(allCopies, "allCopies", defaultValue: false),
                Story = QueryParameters.Id(story, "story"),
            };
            QueryParameters.CheckRange(request.From, request.To);
            return Json(queries.Search(request, context.RequestAborted));
        });

    private static IResult Article(ICorpusQueries queries, HttpContext context, string id) => Guard(userText: false, () =>
    {
        var key = QueryParameters.RequiredText(id, "id");
        if (queries.Article(key, context.RequestAborted) is not { } article)
        {
            return ApiProblems.NotFound($"no article with id '{key}'");
        }

        var buffer = new ArrayBufferWriter<byte>(article.Document.Text.Length * 2);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = QueryJson.Options.Encoder }))
        {
            DocumentJson.Write(writer, article.Document, includeText: true);
        }

        return TypedResults.Bytes(buffer.WrittenMemory.ToArray(), "application/json; charset=utf-8");
    });

    private static IResult Copies(ICorpusQueries queries, HttpContext context, string id) => Guard(userText: false, () =>
    {
        var key = QueryParameters.RequiredText(id, "id");
        return queries.StoryOf(key, context.RequestAborted) is { } story
            ? Json(story)
            : ApiProblems.NotFound($"no article with id '{key}' in the copy index");
    });

    private static IResult Dupes(ICorpusQueries queries, HttpContext context, string? minSize, string? limit) => Guard(userText: false, () =>
    {
        var size = QueryParameters.Integer(minSize, "minSize", 2, 1, 1000);
        var count = QueryParameters.Integer(limit, "limit", 50, 1, 500);
        return Json(queries.Stories(size, count, context.RequestAborted));
    });

    private static IResult Quotes(
        ICorpusQueries queries,
        HttpContext context,
        string? speaker,
        string? about,
        string? from,
        string? to,
        string? limit,
        string? allCopies,
        string? story) => Guard(userText: true, () =>
        {
            var request = new QuoteQuery
            {
                Speaker = QueryParameters.Text(speaker, "speaker", QueryParameters.MaxNameLength),
                About = QueryParameters.Text(about, "about"),
                From = QueryParameters.Date(from, "from", end: false),
                To = QueryParameters.Date(to, "to", end: true),
                Limit = QueryParameters.Integer(limit, "limit", 20, 1, 500),
                AllCopies = QueryParameters.Flag(allCopies, "allCopies", defaultValue: false),
                Story = QueryParameters.Id(story, "story"),
            };
            QueryParameters.CheckRange(request.From, request.To);
            return Json(queries.Quotes(request, context.RequestAborted));
        });

    private static IResult Entities(ICorpusQueries queries, HttpContext context, string? label, string? top) => Guard(userText: false, () =>
    {
        EntityLabel? kind = string.IsNullOrWhiteSpace(label) ? null : QueryParameters.Choice(label, "label", EntityLabel.PER);
        var count = QueryParameters.Integer(top, "top", 50, 1, 1000);
        return Json(queries.Entities(kind, count, context.RequestAborted));
    });

    private static IResult Entity(ICorpusQueries queries, HttpContext context, string? name, string? by, string? limit) => Guard(userText: false, () =>
    {
        var key = QueryParameters.RequiredText(name, "name");
        var bucket = QueryParameters.Choice(by, "by", TimelineBucket.Month);
        var quoteLimit = QueryParameters.Integer(limit, "limit", 100, 1, 500);
        var timeline = TimelineBuilder.Build(queries, key, bucket, context.RequestAborted);
        var quotes = queries.Quotes(new QuoteQuery { Speaker = key, Limit = quoteLimit }, context.RequestAborted);
        if (timeline.Entities.Count == 0 && quotes.Count == 0 && timeline.Points.Count == 0)
        {
            return ApiProblems.NotFound($"no entity named '{key}'");
        }

        return Json(new EntityProfile(key, timeline.Entities, quotes, timeline));
    });

    private static IResult TimelineOf(ICorpusQueries queries, HttpContext context, string? name, string? by) => Guard(userText: false, () =>
    {
        var key = QueryParameters.RequiredText(name, "name");
        var bucket = QueryParameters.Choice(by, "by", TimelineBucket.Month);
        return Json(TimelineBuilder.Build(queries, key, bucket, context.RequestAborted));
    });

    private static IResult Stats(ICorpusQueries queries, HttpContext context) =>
        Guard(userText: false, () => Json(queries.Stats(context.RequestAborted)));

    private static IResult Json<T>(T value) => TypedResults.Json(value, QueryJson.Options);

    /// <summary>
    /// Runs a handler: bad parameters are 400; a store error is 400 where the request carries user query
    /// syntax and the store says that syntax is malformed, else 503 (server down or restarting, connection lost,
    /// locked, damaged or missing database), so a client retries later rather than changing its query.
    /// </summary>
    private static IResult Guard(bool userText, Func<IResult> handler)
    {
        try
        {
            return handler();
        }
        catch (BadQueryException ex)
        {
            return ApiProblems.BadRequest(ex.Message);
        }
        catch (StoreException ex)
        {
            return userText && ex.IsBadQuery ? ApiProblems.BadRequest(ex.Message) : ApiProblems.Unavailable(ex.Message);
        }
    }
}
