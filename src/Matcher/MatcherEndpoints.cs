using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Storage;

namespace ZeroWork.Matcher;

public static class MatcherEndpoints
{
    /// <summary>The short navigation link of SMS pushes: <c>GET /go/{jobId}</c> redirects (302) to the Amap marker of the post's GCJ-02 point.</summary>
    public static IEndpointRouteBuilder MapMatcher(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/go/{jobId:int}", (int jobId, MarketDb db) =>
            db.Jobs.FindById(jobId) is { Point: { } point } job
                ? Results.Redirect(NavigationLink.Amap(point, job.PlaceText))
                : Results.Text("没有找到这条招工信息的位置。", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound));
        return endpoints;
    }
}
