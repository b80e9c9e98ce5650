using Dateline.Search;
using Dateline.Store;
using Dateline.Store.Stories;
using Dateline.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.Web.Api;

/// <summary>
/// <c>/api/stories</c> and <c>/api/stories/{id}</c> (docs/stories.md): the shapes of <c>dateline stories --json</c>
/// and <c>dateline stories --story ID --json</c>.
/// </summary>
internal static class StoryEndpoints
{
    public static void MapStoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("stories");
        api.MapGet("/stories", List)
            .WithName("stories")
            .WithSummary("Stories (one event covered by several outlets over days), newest first: headline, span, outlets, people, organisations, places, speakers.")
            .Produces<IReadOnlyList<StorySummary>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/stories/{id}", One)
            .WithName("story")
            .WithSummary("One story (story id, or the id of one of its articles) with its articles by date and who said what across the coverage.")
            .Produces<StoryDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult List(HttpContext context, string? from, string? to, string? person, string? minOutlets, string? minArticles, string? limit) => Guard(context, stories =>
    {
        var query = new StoryQuery
        {
            From = QueryParameters.Date(from, "from", end: false),
            To = QueryParameters.Date(to, "to", end: true),
            Person = QueryParameters.Text(person, "person", QueryParameters.MaxNameLength),
            MinOutlets = QueryParameters.Integer(minOutlets, "minOutlets", 1, 1, 1000),
            MinArticles = QueryParameters.Integer(minArticles, "minArticles", 2, 1, 100_000),
            Limit = QueryParameters.Integer(limit, "limit", 20, 1, 500),
        };
        QueryParameters.CheckRange(query.From, query.To);
        return TypedResults.Json(stories.Stories(query, context.RequestAborted), QueryJson.Options);
    });

    private static IResult One(HttpContext context, string id) => Guard(context, stories =>
    {
        var key = QueryParameters.RequiredText(id, "id");
        return stories.Story(key, context.RequestAborted) is { } story
            ? TypedResults.Json(story, QueryJson.Options)
            : ApiProblems.NotFound($"no story with id '{key}' (nor an article with that id)");
    });

    private static IResult Guard(HttpContext context, Func<IStoryStore, IResult> handler)
    {
        if (context.RequestServices.GetService<IStoryStore>() is not { } stories)
        {
            return ApiProblems.Unavailable("this store backend keeps no stories yet (docs/stories.md)");
        }

        try
        {
            return handler(stories);
        }
        catch (BadQueryException ex)
        {
            return ApiProblems.BadRequest(ex.Message);
        }
        catch (StoreException ex)
        {
            return ApiProblems.Unavailable(ex.Message);
        }
    }
}
