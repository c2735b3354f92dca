using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Time;
using ZeroWork.Matcher.Public.Pages;

namespace ZeroWork.Matcher.Public;

/// <summary>襄阳零工之家 on the web: <c>/jobs</c>, <c>/jobs/{id}</c>, <c>/stations</c> (server-rendered Razor components, usable without script) and <c>/api/jobs</c>.</summary>
public static class PublicEndpoints
{
    /// <summary>Characters as they are ("七里河", "&amp;" in links): the answer is application/json with nosniff, never inlined into a page.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointRouteBuilder MapPublicEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The singletons themselves: AddEndpointFilter<T> would make a new filter, and so a new limiter with fresh counts, per request.
        var services = endpoints.ServiceProvider;
        var group = endpoints.MapGroup("")
            .AddEndpointFilter(services.GetRequiredService<PublicRateLimit>())
            .AddEndpointFilter(services.GetRequiredService<PublicHeaders>());

        group.MapGet(PublicPaths.Jobs, (HttpRequest http, PublicJobs jobs, PublicStations stations, TimeProvider time) =>
        {
            var (request, error) = JobsRequestReader.Read(http.Query, Gazetteer.Xiangyang, stations.Find);
            var model = new JobsPageModel(request is null ? null : jobs.Find(request), error, stations.All(), ChinaTime.Today(time));
            return Page<JobsPage>(model, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        });

        group.MapGet(PublicPaths.Jobs + "/{id:int}", (int id, HttpRequest http, PublicJobs jobs, PublicStations stations, TimeProvider time) =>
        {
            // A distance when the searcher's point came along (links from the list carry it); the page stands alone without.
            var (request, _) = JobsRequestReader.Read(http.Query, Gazetteer.Xiangyang, stations.Find);
            var view = jobs.Get(id, request?.From);
            return Page<JobPage>(new JobPageModel(view, request, ChinaTime.Today(time)), view is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
        });

        group.MapGet(PublicPaths.Stations, (HttpRequest http, PublicStations stations) =>
        {
            var (request, error) = JobsRequestReader.Read(http.Query, Gazetteer.Xiangyang, stations.Find);
            var model = new StationsPageModel(stations.All(request?.From), request, error, stations);
            return Page<StationsPage>(model, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        });

        group.MapGet(PublicPaths.Api, (HttpRequest http, PublicJobs jobs, PublicStations stations, IOptions<MatcherOptions> options) =>
        {
            var (request, error) = JobsRequestReader.Read(http.Query, Gazetteer.Xiangyang, stations.Find);
            return request is null
                ? Results.Json(new { error }, Json, statusCode: StatusCodes.Status400BadRequest)
                : Results.Json(ApiJobs.From(jobs.Find(request, withStations: false), options.Value.PublicBaseUrl), Json);
        }).RequireCors(PublicPaths.CorsPolicy);

        return endpoints;
    }

    private static RazorComponentResult<T> Page<T>(object model, int status)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        new(new Dictionary<string, object?> { ["Model"] = model }) { StatusCode = status };
}
