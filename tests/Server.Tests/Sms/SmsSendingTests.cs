using System.Net;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ZeroWork.Bot.Sms.Api;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Server.Tests.Sms;

/// <summary>The composed app sends queued SMS by itself: AddBot wires the SMS sender into the outbox dispatcher, which wakes on the queue event.</summary>
public sealed class SmsSendingTests
{
    [Fact]
    public async Task A_queued_sms_is_sent_signed_by_the_running_service_and_a_receipt_then_marks_it_delivered()
    {
        var tencent = new SigningCheckingTencent("AKIDINTEGRATION0000000000000000000", "INTEGRATIONSECRETKEY000000000000");
        using var app = new SmsHostFactory().WithWebHostBuilder(b =>
        {
            b.UseSetting("Bot:Sms:SecretId", tencent.SecretId);
            b.UseSetting("Bot:Sms:SecretKey", tencent.SecretKey);
            b.UseSetting("Bot:Sms:SdkAppId", "1400006666");
            b.UseSetting("Bot:Sms:SignName", "襄阳零工");
            b.UseSetting("Matcher:PublicBaseUrl", "https://zw.example.cn");
            b.UseSetting("Bot:Sms:Templates:JobFull", "200001");
            b.ConfigureTestServices(s => s.AddHttpClient<TencentSmsClient>().ConfigurePrimaryHttpMessageHandler(() => tencent));
        });
        var client = app.CreateClient();
        var db = app.Services.GetRequiredService<IMarketStore>();

        var queued = db.InTransaction(() => db.Enqueue(new OutboxMessage
        {
            Channel = OutboxChannel.Sms,
            Address = "13800138000",
            Template = "JobFull",
            Variables = ["明天的瓦工"],
            Text = MessageTemplates.JobFull.Render(["明天的瓦工"]),
            IdempotencyKey = "it-1",
        }));
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (db.Outbox.Find(queued.Id)!.State is OutboxState.Pending or OutboxState.Sending && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var sent = db.Outbox.Find(queued.Id)!;
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.Equal("5000:it", sent.ProviderId);
        var body = Assert.Single(tencent.SendSmsBodies);
        Assert.Equal("200001", body["TemplateId"]!.GetValue<string>());
        Assert.Equal("+8613800138000", body["PhoneNumberSet"]![0]!.GetValue<string>());
        Assert.Equal(0, tencent.BadSignatures);

        var receipt = await client.PostAsync(
            "/hooks/sms/" + SmsHostFactory.Key + "/status",
            new StringContent("""[{"sid":"5000:it","report_status":"SUCCESS","mobile":"13800138000","nationcode":"86","errmsg":"DELIVRD"}]""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.Equal(OutboxState.Delivered, db.Outbox.Find(queued.Id)!.State);
    }

    [Fact]
    public void A_half_configured_provider_stops_the_start_with_a_clear_message()
    {
        using var app = new SmsHostFactory().WithWebHostBuilder(b => b.UseSetting("Bot:Sms:SecretId", "AKIDonly"));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("SecretKey", error.ToString(), StringComparison.Ordinal);
    }
}
