using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin;

public static class AdminHostingExtensions
{
    /// <summary>Razor Pages under /admin, staff sign-in, roles and jurisdiction.</summary>
    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPasswordHasher<StaffAccount>, PasswordHasher<StaffAccount>>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<StaffSignIn>();
        services.AddSingleton<Pages.Stations.AttachmentStore>();
        services.AddHostedService<BootstrapAdministrator>();

        services.AddAuthentication(StaffClaims.Scheme).AddCookie(StaffClaims.Scheme, o =>
        {
            o.Cookie.Name = "zw.admin";
            o.Cookie.Path = AdminPaths.Root;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = AdminPaths.Login;
            o.LogoutPath = "/admin/account/logout";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.Events.OnValidatePrincipal = ValidateSession;
        });
        services.AddAuthorization(AdminPolicies.Add);

        // Chinese text is written as characters, not as &#x...; escapes (smaller pages, readable source); markup is still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AdminPolicies.LoginLimiter, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var limits = context.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "local", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.LoginPermitLimit,
                    Window = TimeSpan.FromSeconds(limits.LoginWindowSeconds),
                    QueueLimit = 0,
                });
            });
        });
        services.AddRazorPages(o =>
        {
            o.Conventions.Add(new AdminRoutePrefix());
            o.Conventions.AuthorizeFolder("/", AdminPolicies.Staff);
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            // Both pages check a password: both are rate-limited against guessing.
            o.Conventions.AddPageApplicationModelConvention("/Account/Login", m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(AdminPolicies.LoginLimiter)));
            o.Conventions.AddPageApplicationModelConvention("/Account/Password", m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(AdminPolicies.LoginLimiter)));
            o.Conventions.ConfigureFilter(new MustChangePasswordFilter());
        }).AddApplicationPart(typeof(AdminHostingExtensions).Assembly);
        return builder;
    }

    public static WebApplication MapAdmin(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        // A refused, missing or throttled admin request gets a page in Chinese with a way back, not a blank one; other paths keep their own answers.
        app.UseStatusCodePages(Pages.ErrorPage.WriteAsync);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(AdminHostingExtensions).Assembly, "ZeroWork.Admin.Assets"),
            RequestPath = AdminPaths.Assets,
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapRazorPages();
        return app;
    }

    private static async Task ValidateSession(CookieValidatePrincipalContext context)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<MarketDb>();
        var id = int.TryParse(context.Principal?.FindFirst(StaffClaims.Id)?.Value, out var i) ? i : 0;
        var staff = db.Staff.FindById(id);
        // The stamp changes with the password, the role, disabling and every sign-out; a revoked station's accounts end at once.
        if (staff is null || StaffClaims.StampOf(staff) != context.Principal?.FindFirst(StaffClaims.Stamp)?.Value || StaffSignIn.IsDisabled(staff, db))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(StaffClaims.Scheme);
        }
    }
}
