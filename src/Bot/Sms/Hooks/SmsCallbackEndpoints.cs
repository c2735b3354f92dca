using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZeroWork.Bot.Sms.Delivery;
using ZeroWork.Bot.Sms.Options;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Sms.Hooks;

/// <summary>
/// The two Tencent callbacks. They carry no signature, so the unguessable path key is the guard (wrong key: 404, as
/// if there were nothing here). Every good item is stored before the answer; bad items are logged (one line each) and
/// skipped without costing the good ones. The one 5xx: when the store cannot write at all (disk full), the
/// <see cref="StoreUnavailableException"/> goes up and the request answers 503, so Tencent sends the callback again;
/// items stored before it stay stored and their repeats are recognised.
/// </summary>
public static class SmsCallbackEndpoints
{
    public static Task<IResult> ReplyAsync(
        string key,
        HttpRequest request,
        IOptionsMonitor<SmsOptions> options,
        IInboundHandler inbound,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var log = loggers.CreateLogger("ZeroWork.Bot.Sms.Hooks.Reply");
        return ProcessAsync(key, request, options.CurrentValue, async item =>
        {
            var (envelope, skip) = SmsReplyParser.Parse(item);
            if (envelope is null)
            {
                log.LogWarning("SMS reply skipped: {Reason} ({Mobile})", skip, PhoneMask.Mask(CallbackBody.Text(item, "mobile")));
                return true;
            }

            try
            {
                var result = await inbound.HandleAsync(envelope);
                log.LogInformation("SMS reply from {Mobile} stored{Duplicate}", PhoneMask.Mask(envelope.From), result.Duplicate ? " (duplicate)" : "");
                return true;
            }
            catch (Exception ex) when (ex is not StoreUnavailableException)
            {
                log.LogError(ex, "SMS reply from {Mobile} could not be stored", PhoneMask.Mask(envelope.From));
                return false;
            }
        }, cancellationToken);
    }

    public static Task<IResult> StatusAsync(
        string key,
        HttpRequest request,
        IOptionsMonitor<SmsOptions> options,
        SmsReceipts receipts,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var log = loggers.CreateLogger("ZeroWork.Bot.Sms.Hooks.Status");
        return ProcessAsync(key, request, options.CurrentValue, item => Task.FromResult(Store(item)), cancellationToken);

        // Receipts are stored synchronously (one small transaction each); the shared frame takes an asynchronous store.
        bool Store(JsonElement item)
        {
            var (receipt, skip) = SmsReceiptParser.Parse(item);
            if (receipt is null)
            {
                log.LogWarning("SMS receipt skipped: {Reason}", skip);
                return true;
            }

            try
            {
                var fresh = receipts.Record(receipt);
                log.LogInformation("SMS receipt {Sid} {Status}{Duplicate}", receipt.Sid, receipt.Status, fresh ? "" : " (duplicate)");
                return true;
            }
            catch (Exception ex) when (ex is not StoreUnavailableException)
            {
                log.LogError(ex, "SMS receipt {Sid} could not be stored", receipt.Sid);
                return false;
            }
        }
    }

    /// <summary>The frame both callbacks share: key check, bounded read, one item at a time; <paramref name="store"/> answers false only when a good item could not be stored.</summary>
    private static async Task<IResult> ProcessAsync(string key, HttpRequest request, SmsOptions options, Func<JsonElement, Task<bool>> store, CancellationToken cancellationToken)
    {
        if (!KeyMatches(options, key))
        {
            return Results.NotFound();
        }

        var (document, status) = await CallbackBody.ReadAsync(request, cancellationToken);
        if (document is null)
        {
            return Refuse(status);
        }

        using (document)
        {
            var failed = 0;
            foreach (var item in CallbackBody.Items(document.RootElement))
            {
                failed += await store(item) ? 0 : 1;
            }

            return Ack(failed);
        }
    }

    private static bool KeyMatches(SmsOptions options, string key) =>
        options.HooksEnabled
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(options.CallbackKey!));

    /// <summary>A storage failure is reported in the body (result 1) rather than as a 5xx; the items that were stored stay stored.</summary>
    private static IResult Ack(int failed) =>
        Results.Json(failed == 0 ? SmsCallbackAck.Ok : new SmsCallbackAck(1, $"{failed} 条消息未能保存"));

    private static IResult Refuse(int status) => Results.Json(
        new SmsCallbackAck(1, status == StatusCodes.Status413PayloadTooLarge ? "请求体过大" : "请求体不是有效的 JSON"),
        statusCode: status);
}
