using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Server.Bench;

/// <summary>
/// <c>bench load --sms-stub</c>: a Tencent SMS endpoint on a loopback port that accepts every SendSms at once, so the load
/// runs with SMS credentials and every SMS reply takes the real delivery step (its own Sending commit, a signed HTTPS-shaped
/// call, the recorded outcome) instead of being marked NotSent. It costs the same two cores the service runs on.
/// </summary>
public sealed class SmsProviderStub : IAsyncDisposable
{
    private readonly WebApplication app;
    private int accepted;

    private SmsProviderStub(WebApplication app) => this.app = app;

    public int Accepted => Volatile.Read(ref accepted);

    /// <summary>The service's settings for this endpoint: credentials, every template, a public link host.</summary>
    public IReadOnlyList<string> Settings { get; private set; } = [];

    public static async Task<SmsProviderStub> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new SmsProviderStub(app);
        app.MapPost("/", stub.AnswerAsync);
        await app.StartAsync(cancellationToken);
        var endpoint = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        stub.Settings =
        [
            "--Bot:Sms:SecretId=AKIDBENCHSTUB000000000000000000000",
            "--Bot:Sms:SecretKey=BENCHSTUBSECRET0000000000000000",
            "--Bot:Sms:SdkAppId=1400006666",
            "--Bot:Sms:SignName=襄阳零工",
            $"--Bot:Sms:Endpoint={endpoint}",
            "--Matcher:PublicBaseUrl=https://zw.example.cn",
            .. MessageTemplates.All.Select((t, i) => $"--Bot:Sms:Templates:{t.Name}={100001 + i}"),
        ];
        return stub;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!.AsObject();
        string answer;
        if (context.Request.Headers["X-TC-Action"] == "SendSms")
        {
            var n = Interlocked.Increment(ref accepted);
            var phone = body["PhoneNumberSet"]![0]!.GetValue<string>();
            var session = body["SessionContext"]?.GetValue<string>() ?? "";
            answer = $$$"""{"Response":{"SendStatusSet":[{"SerialNo":"5000:bench{{{n}}}","PhoneNumber":"{{{phone}}}","Fee":1,"SessionContext":"{{{session}}}","Code":"Ok","Message":"send success","IsoCode":"CN"}],"RequestId":"bench"}}""";
        }
        else
        {
            answer = """{"Response":{"PullSmsSendStatusSet":[],"RequestId":"bench"}}""";
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(answer), context.RequestAborted);
    }
}
