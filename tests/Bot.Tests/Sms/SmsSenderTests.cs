using System.Text.Json.Nodes;
using ZeroWork.Bot.Sms.Delivery;
using ZeroWork.Bot.Tests.Support;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Tests.Sms;

/// <summary>The SMS sender through the real dispatcher, HttpClient, signing handler and Polly pipeline, against a fake Tencent that checks every signature.</summary>
public sealed class SmsSenderTests
{
    [Fact]
    public async Task Sends_a_signed_SendSms_exactly_per_spec_and_records_the_serial_number()
    {
        await using var h = new SmsHarness();
        var queued = h.Enqueue("您已登记：瓦工，七里河。");

        await h.RunAsync();

        var request = Assert.Single(h.Tencent.Requests);
        Assert.True(request.SignatureValid);
        Assert.Equal(0, h.Tencent.SignatureFailures);
        Assert.Equal("SendSms", request.Headers["X-TC-Action"]);
        Assert.Equal("2021-01-11", request.Headers["X-TC-Version"]);
        Assert.Equal("ap-guangzhou", request.Headers["X-TC-Region"]);
        Assert.Equal(h.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), request.Headers["X-TC-Timestamp"]);
        Assert.StartsWith("TC3-HMAC-SHA256 Credential=" + SmsHarness.SecretId + "/2026-11-26/sms/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=", request.Headers["Authorization"]);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal(
            $$"""{"PhoneNumberSet":["+8613800138000"],"SmsSdkAppId":"1400006666","TemplateId":"100001","SignName":"襄阳零工","TemplateParamSet":["您已登记：瓦工，七里河。"],"SessionContext":"outbox:{{queued.Id}}"}""",
            request.Raw);

        var sent = h.Message(queued.Id);
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.Equal(h.Tencent.Accepted.Single().SerialNo, sent.ProviderId);
        Assert.Equal(1, sent.Attempts);
        Assert.NotNull(sent.SentAt);
        Assert.Null(sent.LastError);
        Assert.Equal(1, sent.Segments);
        Assert.Equal(0.045m, sent.Cost);
    }

    [Fact]
    public async Task A_rate_limited_request_is_retried_and_then_succeeds()
    {
        await using var h = new SmsHarness();
        h.Tencent.ThenError("RequestLimitExceeded");
        var queued = h.Enqueue();

        await h.RunAsync();

        Assert.Equal(2, h.Tencent.SendSms.Count());
        Assert.Equal(0, h.Tencent.SignatureFailures);
        var sent = h.Message(queued.Id);
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.Single(h.Tencent.Accepted);
    }

    [Fact]
    public async Task An_expired_signature_is_retried_with_a_fresh_signature()
    {
        await using var h = new SmsHarness();
        Task<HttpResponseMessage> Expired()
        {
            h.Time.Advance(TimeSpan.FromSeconds(2));
            return Task.FromResult(FakeTencent.Json(new { Response = new { Error = new { Code = "AuthFailure.SignatureExpire", Message = "expired" }, RequestId = "e" } }));
        }

        h.Tencent.Then((_, _) => Expired()).Then((_, _) => Expired());
        var queued = h.Enqueue();

        await h.RunAsync();

        var attempts = h.Tencent.SendSms.ToList();
        Assert.Equal(3, attempts.Count);
        Assert.NotEqual(attempts[0].Headers["X-TC-Timestamp"], attempts[2].Headers["X-TC-Timestamp"]);
        Assert.Equal(OutboxState.Sent, h.Message(queued.Id).State);
    }

    [Fact]
    public async Task Safe_retries_that_run_out_defer_the_message_without_failing_it()
    {
        await using var h = new SmsHarness();
        h.Tencent.ThenError("RequestLimitExceeded").ThenError("RequestLimitExceeded").ThenError("RequestLimitExceeded");
        var queued = h.Enqueue();

        await h.RunAsync();

        Assert.Equal(3, h.Tencent.SendSms.Count());
        var deferred = h.Message(queued.Id);
        Assert.Equal(OutboxState.Deferred, deferred.State);
        Assert.Contains("RequestLimitExceeded", deferred.LastError, StringComparison.Ordinal);
        Assert.True(deferred.NotBefore!.Value.ToUniversalTime() > h.Time.GetUtcNow().UtcDateTime);
        Assert.Empty(h.Tencent.Accepted);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_because_nothing_was_sent()
    {
        await using var h = new SmsHarness();
        h.Tencent.ThenConnectionRefused();
        var queued = h.Enqueue();

        await h.RunAsync();

        Assert.Equal(OutboxState.Sent, h.Message(queued.Id).State);
        Assert.Single(h.Tencent.Accepted);
    }

    [Theory]
    [InlineData("FailedOperation.TemplateIncorrectOrUnapproved")]
    [InlineData("AuthFailure.SecretIdNotFound")]
    [InlineData("InvalidParameterValue.ProhibitedUseUrlInTemplateParameter")]
    public async Task A_permanent_error_is_not_retried(string code)
    {
        await using var h = new SmsHarness();
        h.Tencent.ThenError(code);
        var queued = h.Enqueue();

        await h.RunAsync();

        Assert.Single(h.Tencent.SendSms);
        var failed = h.Message(queued.Id);
        Assert.Equal(OutboxState.Failed, failed.State);
        Assert.Contains(code, failed.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_per_number_error_inside_a_200_fails_that_message()
    {
        await using var h = new SmsHarness();
        h.Tencent.ThenNumberError("FailedOperation.PhoneNumberInBlacklist");
        var queued = h.Enqueue();

        await h.RunAsync();

        Assert.Single(h.Tencent.SendSms);
        Assert.Equal(OutboxState.Failed, h.Message(queued.Id).State);
        Assert.Contains("PhoneNumberInBlacklist", h.Message(queued.Id).LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tencents_per_number_daily_limit_defers_to_the_next_china_day()
    {
        await using var h = new SmsHarness();
        h.Tencent.ThenNumberError("LimitExceeded.PhoneNumberDailyLimit");
        var queued = h.Enqueue();

        await h.RunAsync();

        Assert.Single(h.Tencent.SendSms);
        var deferred = h.Message(queued.Id);
        Assert.Equal(OutboxState.Deferred, deferred.State);

        // 2026-11-27 00:00 in Beijing.
        Assert.Equal(new DateTime(2026, 11, 26, 16, 0, 0, DateTimeKind.Utc), deferred.NotBefore!.Value.ToUniversalTime());
    }

    [Fact]
    public async Task An_ambiguous_provider_error_ends_unknown_and_is_not_retried()
    {
        await using var h = new SmsHarness();
        h.Tencent.ThenError("InternalError.SendAndRecvFail");
        var queued = h.Enqueue();

        await h.RunAsync();
        await h.RunAsync();

        Assert.Single(h.Tencent.SendSms);
        Assert.Equal(OutboxState.Unknown, h.Message(queued.Id).State);
    }

    [Fact]
    public async Task A_timeout_ends_unknown_and_is_reconciled_by_PullSmsSendStatusByPhoneNumber_never_resent()
    {
        await using var h = new SmsHarness();
        h.Tencent.ThenHang();
        var queued = h.Enqueue();

        await h.RunAsync();

        var unknown = h.Message(queued.Id);
        Assert.Equal(OutboxState.Unknown, unknown.State);
        Assert.Contains("超时", unknown.LastError, StringComparison.Ordinal);
        Assert.Single(h.Tencent.SendSms);

        await h.RunAsync();
        await h.ReconcileAsync();

        var reconciled = h.Message(queued.Id);
        Assert.Equal(OutboxState.Delivered, reconciled.State);
        Assert.Equal(h.Tencent.Accepted.Single().SerialNo, reconciled.ProviderId);
        Assert.Single(h.Tencent.SendSms);
        var pull = Assert.Single(h.Tencent.Requests, r => r.Action == "PullSmsSendStatusByPhoneNumber");
        Assert.True(pull.SignatureValid);
        Assert.Equal("+8613800138000", pull.Body["PhoneNumber"]!.GetValue<string>());
        Assert.Equal("1400006666", pull.Body["SmsSdkAppId"]!.GetValue<string>());
        Assert.Contains(h.Tencent.Requests, r => r.Action == "PullSmsSendStatus" && r.Body["Limit"]!.GetValue<int>() == 100);
    }

    [Fact]
    public async Task A_timeout_is_resolved_by_the_delivery_receipt_for_that_number()
    {
        await using var h = new SmsHarness();
        h.Tencent.ThenHang();
        var queued = h.Enqueue();
        await h.RunAsync();
        Assert.Equal(OutboxState.Unknown, h.Message(queued.Id).State);

        var fresh = h.Get<SmsReceipts>().Record(new SmsReceipt { Sid = "5000:late", Status = "SUCCESS", Mobile = SmsHarness.Mobile, UserReceiveTime = h.Time.GetUtcNow().UtcDateTime, Code = "DELIVRD" });

        Assert.True(fresh);
        var delivered = h.Message(queued.Id);
        Assert.Equal(OutboxState.Delivered, delivered.State);
        Assert.Equal("5000:late", delivered.ProviderId);
        Assert.Single(h.Tencent.SendSms);
    }

    [Fact]
    public async Task The_same_text_to_a_number_within_30_seconds_is_deferred_before_calling_the_provider()
    {
        await using var h = new SmsHarness();
        var first = h.Enqueue("请回复1确认");
        await h.RunAsync();
        h.Time.Advance(TimeSpan.FromSeconds(5));
        var second = h.Enqueue("请回复1确认");

        await h.RunAsync();

        Assert.Single(h.Tencent.SendSms);
        var deferred = h.Message(second.Id);
        Assert.Equal(OutboxState.Deferred, deferred.State);
        Assert.Equal(h.Message(first.Id).SentAt!.Value.ToUniversalTime().AddSeconds(30), deferred.NotBefore!.Value.ToUniversalTime());

        h.Time.Advance(TimeSpan.FromSeconds(26));
        await h.RunAsync();

        Assert.Equal(2, h.Tencent.SendSms.Count());
        Assert.Equal(OutboxState.Sent, h.Message(second.Id).State);
    }

    [Fact]
    public async Task A_different_text_within_30_seconds_goes_at_once_so_a_conversation_is_not_held_up()
    {
        await using var h = new SmsHarness();
        h.Enqueue("您住在哪里？");
        await h.RunAsync();
        h.Time.Advance(TimeSpan.FromSeconds(5));
        var next = h.Enqueue("您一天要多少钱？");

        await h.RunAsync();

        Assert.Equal(2, h.Tencent.SendSms.Count());
        Assert.Equal(OutboxState.Sent, h.Message(next.Id).State);
    }

    [Fact]
    public async Task The_hourly_cap_defers_until_the_oldest_send_leaves_the_hour()
    {
        await using var h = new SmsHarness(settings: new() { ["Bot:Sms:Limits:PerHour"] = "2" });
        var first = h.Enqueue("一", purpose: "push");
        await h.RunAsync();
        h.Time.Advance(TimeSpan.FromMinutes(10));
        h.Enqueue("二", purpose: "push");
        await h.RunAsync();
        var third = h.Enqueue("三", purpose: "push");

        await h.RunAsync();

        Assert.Equal(2, h.Tencent.SendSms.Count());
        Assert.Equal(h.Message(first.Id).SentAt!.Value.ToUniversalTime().AddHours(1), h.Message(third.Id).NotBefore!.Value.ToUniversalTime());
    }

    [Fact]
    public async Task The_daily_cap_counts_the_china_calendar_day()
    {
        await using var h = new SmsHarness(settings: new() { ["Bot:Sms:Limits:PerDay"] = "2", ["Bot:Sms:Limits:PerThirtySeconds"] = "0", ["Bot:Sms:Limits:PerHour"] = "0" });
        h.Enqueue("一", purpose: "push");
        h.Enqueue("二", purpose: "push");
        await h.RunAsync();
        var third = h.Enqueue("三", purpose: "push");

        await h.RunAsync();

        Assert.Equal(2, h.Tencent.SendSms.Count());
        Assert.Equal(new DateTime(2026, 11, 26, 16, 0, 0, DateTimeKind.Utc), h.Message(third.Id).NotBefore!.Value.ToUniversalTime());
    }

    [Fact]
    public async Task The_caps_hold_pushes_but_never_an_answer_or_a_take_up_notice_which_still_count()
    {
        await using var h = new SmsHarness(settings: new() { ["Bot:Sms:Limits:PerDay"] = "2", ["Bot:Sms:Limits:PerThirtySeconds"] = "0", ["Bot:Sms:Limits:PerHour"] = "0" });
        h.Enqueue("推送一", purpose: "push");
        h.Enqueue("推送二", purpose: "push");
        await h.RunAsync();
        var reply = h.Enqueue("回复");
        var handover = h.Enqueue("接单成功", purpose: "handover");
        await h.RunAsync();
        var push = h.Enqueue("推送三", purpose: "push");

        await h.RunAsync();

        Assert.Equal(4, h.Tencent.SendSms.Count());
        Assert.Equal(OutboxState.Sent, h.Message(reply.Id).State);
        Assert.Equal(OutboxState.Sent, h.Message(handover.Id).State);
        Assert.Equal(OutboxState.Deferred, h.Message(push.Id).State);
    }

    [Fact]
    public async Task Without_credentials_the_text_is_rendered_locally_and_marked_not_sent()
    {
        await using var h = new SmsHarness(credentials: false);
        var queued = h.Enqueue(template: "TakerFound", variables: ["瓦工", "王师傅", "13900139000"]);

        await h.RunAsync();

        Assert.Empty(h.Tencent.Requests);
        var notSent = h.Message(queued.Id);
        Assert.Equal(OutboxState.NotSent, notSent.State);
        Assert.Equal("未配置短信服务商", notSent.LastError);
        Assert.Equal("您的招工（瓦工）有人接单：王师傅，电话13900139000。", notSent.Text);
    }

    [Fact]
    public async Task A_template_without_a_provider_id_fails_with_a_clear_reason()
    {
        await using var h = new SmsHarness();
        var queued = h.Enqueue(template: "JobFull", variables: ["明天的瓦工"]);

        await h.RunAsync();

        Assert.Empty(h.Tencent.Requests);
        Assert.Equal(OutboxState.Failed, h.Message(queued.Id).State);
        Assert.Contains("Bot:Sms:Templates:JobFull", h.Message(queued.Id).LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Variables_go_out_cleaned_and_the_outbox_shows_what_was_sent()
    {
        await using var h = new SmsHarness();
        var queued = h.Enqueue("详情 https://x.example.com/j/1 【急】明天\n7点");

        await h.RunAsync();

        var request = Assert.Single(h.Tencent.SendSms);
        Assert.Equal("详情 [急]明天 7点", request.Body["TemplateParamSet"]!.AsArray().Single()!.GetValue<string>());
        Assert.Equal(MessageTemplates.Reply.Render(["详情 [急]明天 7点"]), h.Message(queued.Id).Text);
    }

    [Fact]
    public async Task The_circuit_opens_when_the_provider_keeps_failing_and_then_nothing_is_sent()
    {
        await using var h = new SmsHarness(settings: new() { ["Bot:Sms:Limits:PerThirtySeconds"] = "0", ["Bot:Sms:Limits:PerHour"] = "0", ["Bot:Sms:Limits:PerDay"] = "0" });
        for (var i = 0; i < 5; i++)
        {
            h.Tencent.ThenError("InternalError.Timeout");
        }

        var failing = Enumerable.Range(0, 5).Select(i => h.Enqueue("消息" + i, address: "1390013900" + i)).ToList();
        await h.RunAsync();
        var next = h.Enqueue("再来一条", address: "13700137000");

        await h.RunAsync();

        Assert.Equal(5, h.Tencent.SendSms.Count());
        Assert.All(failing, m => Assert.Equal(OutboxState.Unknown, h.Message(m.Id).State));
        var held = h.Message(next.Id);
        Assert.Equal(OutboxState.Deferred, held.State);
        Assert.Contains("熔断", held.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_text_is_counted_with_the_signature()
    {
        await using var h = new SmsHarness();

        // 【襄阳零工】 is 6 characters: 64 + 6 = 70 is one segment, 65 + 6 = 71 is two.
        var one = h.Enqueue(new string('工', 64));
        var two = h.Enqueue(new string('工', 65), address: "13900139000");

        // Different numbers are sent in parallel, so the fake answers each request by its number, not by arrival order.
        static Task<HttpResponseMessage> ByNumber(FakeTencent.Received r)
        {
            var phone = r.Body["PhoneNumberSet"]![0]!.GetValue<string>();
            var fee = phone == "+8613900139000" ? 2 : 1;
            return Task.FromResult(FakeTencent.Json(new { Response = new { SendStatusSet = new[] { new { SerialNo = "s" + fee, PhoneNumber = phone, Fee = fee, SessionContext = "", Code = "Ok", Message = "", IsoCode = "CN" } }, RequestId = "r" } }));
        }

        h.Tencent.Then((r, _) => ByNumber(r)).Then((r, _) => ByNumber(r));

        await h.RunAsync();

        Assert.Equal(1, h.Message(one.Id).Segments);
        Assert.Equal(2, h.Message(two.Id).Segments);
        Assert.Equal(0.09m, h.Message(two.Id).Cost);
        Assert.IsType<JsonObject>(h.Tencent.Requests[0].Body);
    }
}
