using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Storage;

namespace ZeroWork.Matcher;

public static class MatcherEndpoints
{
    /// <summary>The short navigation link of SMS pushes: <c>GET /go/{jobId}</c> redirects (302) to the Amap marker of the post's GCJ-02 point.
    /// Only for posts that are public, or were and have takers who still need the way there (filled, or closed by the employer
    /// once people had taken it); a post held for review, rejected, expired or closed untaken answers exactly like an unknown id,
    /// so guessing ids reveals nothing.</summary>
    public static IEndpointRouteBuilder MapMatcher(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/go/{jobId:int}", (int jobId, MarketDb db) =>
            db.Jobs.FindById(jobId) is { Point: { } point } job && Navigable(job)
                ? Results.Redirect(NavigationLink.Amap(point, job.PlaceText))
                : Results.Text("没有找到这条招工信息的位置。", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound));
        return endpoints;
    }

    private static bool Navigable(JobPost job) => job.Status switch
    {
        JobStatus.Published or JobStatus.Filled => true,
        JobStatus.Closed => job.TakerIds.Count > 0,
        _ => false,
    };
}
