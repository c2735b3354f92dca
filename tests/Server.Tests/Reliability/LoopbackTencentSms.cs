using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ZeroWork.Server.Tests.Reliability;

/// <summary>What the stand-in does with one SendSms call.</summary>
internal enum SmsFault
{
    None,

    /// <summary>500 with an HTML body; nothing sent.</summary>
    ServerError,

    /// <summary>Sent, then a 200 that is not Tencent's JSON.</summary>
    Malformed,

    /// <summary>Sent, then no answer until the caller gives up.</summary>
    Hang,

    /// <summary>Sent, answered correctly but only after <see cref="LoopbackTencentSms.SlowAnswer"/>.</summary>
    Slow,

    /// <summary>Sent, then the connection is cut ("response ended prematurely").</summary>
    Drop,
}

/// <summary>
/// Tencent's SMS API on a loopback port, for the real program in a child process (<see cref="ServiceProcess"/>): SendSms,
/// PullSmsSendStatus (empty) and PullSmsSendStatusByPhoneNumber (what it accepted, with the caller's SessionContext). It
/// outlives the service it serves, so what it accepted before a SIGKILL is still there for the restarted service to ask.
/// Signatures are checked in Bot.Tests against the spec's vectors; here only behaviour matters.
/// </summary>
internal sealed class LoopbackTencentSms : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Func<TimeSpan, SmsFault> faults;
    private readonly System.Diagnostics.Stopwatch sinceFirstCall = new();
    private int calls;
    private int holding;
    private long serial;

    private LoopbackTencentSms(WebApplication app, Func<TimeSpan, SmsFault> faults)
    {
        this.app = app;
        this.faults = faults;
    }

    public static TimeSpan SlowAnswer { get; } = TimeSpan.FromSeconds(4);

    /// <summary>How long each SendSms takes before it is accepted, so calls are really in flight when a test kills the service.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(15);

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Every SendSms the provider took (sent to the handset), whatever the caller heard back.</summary>
    public ConcurrentQueue<(string Phone, string SessionContext, string SerialNo, DateTimeOffset At)> Accepted { get; } = new();

    public int SendSmsCalls => Volatile.Read(ref calls);

    /// <summary>SendSms calls being held open right now (hanging or slow).</summary>
    public int Holding => Volatile.Read(ref holding);

    /// <param name="faults">The fault for a SendSms call, by the time since the first one (so a test can say "failing for the first seconds, then well").</param>
    public static async Task<LoopbackTencentSms> StartAsync(Func<TimeSpan, SmsFault>? faults = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var tencent = new LoopbackTencentSms(app, faults ?? (_ => SmsFault.None));
        app.MapPost("/", tencent.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        tencent.Endpoint = new Uri(address.TrimEnd('/') + "/");
        return tencent;
    }

    /// <summary>The service's settings for this provider: credentials, every template, the callback key, quick in-doubt and circuit timings.</summary>
    public string[] Settings(string callbackKey) =>
    [
        "--Bot:Sms:SecretId=AKIDLOOPBACK00000000000000000000000",
        "--Bot:Sms:SecretKey=LOOPBACKSECRET00000000000000000",
        "--Bot:Sms:SdkAppId=1400006666",
        "--Bot:Sms:SignName=襄阳零工",
        $"--Bot:Sms:Endpoint={Endpoint}",
        $"--Bot:Sms:CallbackKey={callbackKey}",
        "--Bot:Sms:Timeout=00:00:02",
        "--Bot:Sms:RetryDelay=00:00:00",
        "--Bot:Sms:BreakDuration=00:00:02",
        "--Matcher:PublicBaseUrl=https://zw.example.cn",
        "--Bot:Outbound:InDoubtWindow=00:00:03",
        "--Bot:Outbound:ReconcileInterval=00:00:05",
        "--Bot:Outbound:PollInterval=00:00:01",
        .. Market.Messaging.MessageTemplates.All.Select((t, i) => $"--Bot:Sms:Templates:{t.Name}={100001 + i}"),
    ];

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        var action = context.Request.Headers["X-TC-Action"].ToString();
        switch (action)
        {
            case "SendSms":
                await SendSmsAsync(context, body);
                return;
            case "PullSmsSendStatus":
                await WriteAsync(context, new { Response = new { PullSmsSendStatusSet = Array.Empty<object>(), RequestId = "pull" } });
                return;
            case "PullSmsSendStatusByPhoneNumber":
                var phone = body["PhoneNumber"]!.GetValue<string>();
                var begin = body["BeginTime"]!.GetValue<long>();
                var end = body["EndTime"]!.GetValue<long>();
                var set = Accepted
                    .Where(a => a.Phone == phone && a.At.ToUnixTimeSeconds() >= begin && a.At.ToUnixTimeSeconds() <= end)
                    .Select(a => new { UserReceiveTime = a.At.ToUnixTimeSeconds(), CountryCode = "86", SubscriberNumber = phone[3..], PhoneNumber = phone, a.SerialNo, ReportStatus = "SUCCESS", Description = "DELIVRD", a.SessionContext })
                    .ToList();
                await WriteAsync(context, new { Response = new { PullSmsSendStatusSet = set, RequestId = "by-phone" } });
                return;
            default:
                await WriteAsync(context, new { Response = new { Error = new { Code = "InvalidAction", Message = action }, RequestId = "x" } });
                return;
        }
    }

    private async Task SendSmsAsync(HttpContext context, JsonObject body)
    {
        if (Interlocked.Increment(ref calls) == 1)
        {
            sinceFirstCall.Start();
        }

        var fault = faults(sinceFirstCall.Elapsed);
        await Task.Delay(Latency, context.RequestAborted);
        if (fault == SmsFault.ServerError)
        {
            context.Response.StatusCode = (int)HttpStatusCode.InternalServerError;
            await context.Response.WriteAsync("<html>internal error</html>");
            return;
        }

        var phone = body["PhoneNumberSet"]![0]!.GetValue<string>();
        var sessionContext = body["SessionContext"]?.GetValue<string>() ?? "";
        var serialNo = "5000:" + Interlocked.Increment(ref serial).ToString("D28", System.Globalization.CultureInfo.InvariantCulture);
        Accepted.Enqueue((phone, sessionContext, serialNo, DateTimeOffset.UtcNow));
        switch (fault)
        {
            case SmsFault.Malformed:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"Response\":{\"SendStatusSet\":[{\"Serial");
                return;
            case SmsFault.Hang:
                await HoldAsync(TimeSpan.FromMinutes(2), context.RequestAborted);
                return;
            case SmsFault.Drop:
                context.Abort();
                return;
            case SmsFault.Slow:
                await HoldAsync(SlowAnswer, context.RequestAborted);
                break;
        }

        await WriteAsync(context, new
        {
            Response = new
            {
                SendStatusSet = new[] { new { SerialNo = serialNo, PhoneNumber = phone, Fee = 1, SessionContext = sessionContext, Code = "Ok", Message = "send success", IsoCode = "CN" } },
                RequestId = Guid.NewGuid().ToString(),
            },
        });
    }

    private async Task HoldAsync(TimeSpan duration, CancellationToken aborted)
    {
        Interlocked.Increment(ref holding);
        try
        {
            await Task.Delay(duration, aborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        finally
        {
            Interlocked.Decrement(ref holding);
        }
    }

    private static async Task WriteAsync(HttpContext context, object answer)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(answer)));
    }
}
