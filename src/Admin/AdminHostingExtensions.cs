using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace ZeroWork.Admin;

public static class AdminHostingExtensions
{
    /// <summary>Razor Pages under /admin, staff sign-in, roles and jurisdiction.</summary>
    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder) => builder;

    public static WebApplication MapAdmin(this WebApplication app) => app;
}
