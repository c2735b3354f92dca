using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Simulator;

/// <summary>Talks to the bot the way a hook would: builds an <see cref="InboundEnvelope"/> and hands it to whatever <see cref="IInboundHandler"/> the process registered (the Bot's; Admin does not reference it).</summary>
public sealed partial class IndexModel(MarketDb db, IServiceProvider services) : AdminPageModel(db)
{
    public string Channel { get; private set; } = "sms";

    public string? Address { get; private set; }

    public string? Sent { get; private set; }

    public string? Reply { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<InboundMessage> Transcript { get; private set; } = [];

    public IReadOnlyList<OutboxMessage> Outbox { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? channel, string? address, string? text)
    {
        Channel = channel == "wechat" ? "wechat" : "sms";
        Address = address?.Trim();
        var body = text?.Trim();
        var valid = Channel == "sms" ? Address is not null && Mobile().IsMatch(Address) : Address is not null && OpenId().IsMatch(Address);
        if (!valid || string.IsNullOrEmpty(body) || body.Length > 300)
        {
            Error = Channel == "sms" ? "请填写 11 位手机号和消息内容" : "请填写 openid（字母数字，6-64 位）和消息内容";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var handler = services.GetService<IInboundHandler>();
        if (handler is null)
        {
            Error = "机器人未启用（本进程没有注册对话处理）";
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        var since = Db.UtcNow;
        var envelope = new InboundEnvelope
        {
            Channel = Channel == "sms" ? Market.People.Channel.Sms : Market.People.Channel.WeChat,
            From = Address!,
            DedupeKey = $"sim:{Guid.NewGuid():N}",
            Kind = "text",
            Text = body,
        };
        Db.WriteAudit(Me.UserName, "模拟对话", $"{Channel}:{AddressMask.Address(Address)}", body);
        Sent = body;
        Reply = (await handler.HandleAsync(envelope)).Reply;
        Transcript = [.. Db.Inbound.Find(m => m.From == Address).OrderByDescending(m => m.Id).Take(10).Reverse()];
        Outbox = [.. Db.Outbox.Find(m => m.Address == Address && m.CreatedAt >= since).OrderBy(m => m.Id)];
        return Page();
    }

    [GeneratedRegex("^1\\d{10}$")]
    private static partial Regex Mobile();

    [GeneratedRegex("^[A-Za-z0-9_-]{6,64}$")]
    private static partial Regex OpenId();
}
