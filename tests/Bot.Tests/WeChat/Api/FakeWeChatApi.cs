using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ZeroWork.Bot.Tests.WeChat.Api;

/// <summary>An in-process WeChat API: issues numbered stable tokens, records every request, and answers each path from a queue of one-shot responses (then a default success).</summary>
internal sealed class FakeWeChatApi : HttpMessageHandler
{
    public const string TokenPath = "/cgi-bin/stable_token";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<Request, HttpResponseMessage>>> scripted = new();
    private int tokens;

    public ConcurrentQueue<Request> Requests { get; } = new();

    /// <summary>Holds token requests until released (to test one refresh at a time).</summary>
    public TaskCompletionSource? TokenGate { get; set; }

    public int ExpiresIn { get; set; } = 7200;

    public int Count(string path) => Requests.Count(r => r.Path == path);

    public void Then(string path, Func<Request, HttpResponseMessage> response) =>
        scripted.GetOrAdd(path, _ => new ConcurrentQueue<Func<Request, HttpResponseMessage>>()).Enqueue(response);

    public void ThenErrcode(string path, int errcode, string errmsg = "err") =>
        Then(path, _ => Json(new JsonObject { ["errcode"] = errcode, ["errmsg"] = errmsg }));

    public static HttpResponseMessage Json(JsonObject body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        var body = message.Content is null ? "" : await message.Content.ReadAsStringAsync(cancellationToken);
        var query = System.Web.HttpUtility.ParseQueryString(message.RequestUri!.Query);
        var request = new Request(message.RequestUri.AbsolutePath, query["access_token"], JsonNode.Parse(body)!.AsObject(), body);
        Requests.Enqueue(request);

        if (scripted.TryGetValue(request.Path, out var queue) && queue.TryDequeue(out var respond))
        {
            return respond(request);
        }

        if (request.Path == TokenPath)
        {
            if (TokenGate is { } gate)
            {
                await gate.Task.WaitAsync(cancellationToken);
            }

            return Json(new JsonObject { ["access_token"] = $"TOKEN-{Interlocked.Increment(ref tokens)}", ["expires_in"] = ExpiresIn });
        }

        return request.Path.EndsWith("template/send", StringComparison.Ordinal)
            ? Json(new JsonObject { ["errcode"] = 0, ["errmsg"] = "ok", ["msgid"] = 200228332 })
            : Json(new JsonObject { ["errcode"] = 0, ["errmsg"] = "ok" });
    }

    internal sealed record Request(string Path, string? AccessToken, JsonObject Body, string Raw);
}
