using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Simulator;

/// <summary>Talks to the bot the way a hook would, but only as one of the signed-in staff member's own sandbox users (<see cref="Sandbox"/>): never as a real
/// person's number, so nobody's history is shown and nothing the bot says reaches a real phone. Builds an <see cref="InboundEnvelope"/> and hands it to whatever
/// <see cref="IInboundHandler"/> the process registered (the Bot's; Admin does not reference it).</summary>
public sealed class IndexModel(MarketDb db, IServiceProvider services) : AdminPageModel(db)
{
    public const int Personas = 5;

    public string Channel { get; private set; } = "sms";

    public int Persona { get; private set; } = 1;

    public string? Sent { get; private set; }

    public string? Reply { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<InboundMessage> Transcript { get; private set; } = [];

    public IReadOnlyList<OutboxMessage> Outbox { get; private set; } = [];

    public string Address => AddressOf(Channel, Persona);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? channel, int? persona, string? text)
    {
        Channel = channel == "wechat" ? "wechat" : "sms";
        Persona = persona is >= 1 and <= Personas ? persona.Value : 1;
        var body = text?.Trim();
        if (string.IsNullOrEmpty(body) || body.Length > 300)
        {
            Error = "请填写消息内容（不超过 300 字）";
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

        var address = Address;
        var since = Db.UtcNow;
        var envelope = new InboundEnvelope
        {
            Channel = Channel == "sms" ? Market.People.Channel.Sms : Market.People.Channel.WeChat,
            From = address,
            DedupeKey = $"sim:{Guid.NewGuid():N}",
            Kind = "text",
            Text = body,
        };
        Db.WriteAudit(Me.UserName, "模拟对话", $"{Channel}:{AddressMask.Address(address)}", body);
        Sent = body;
        Reply = (await handler.HandleAsync(envelope)).Reply;
        Transcript = [.. Db.Inbound.Find(m => m.From == address).OrderByDescending(m => m.Id).Take(10).Reverse()];
        Outbox = [.. Db.Outbox.Find(m => m.Address == address && m.CreatedAt >= since).OrderBy(m => m.Id)];
        return Page();
    }

    /// <summary>The sandbox address of one of this staff member's simulated users: "100" + account id + slot for SMS, a sandbox openid for WeChat.</summary>
    public string AddressOf(string channel, int persona)
    {
        var staff = int.TryParse(User.FindFirst(StaffClaims.Id)?.Value, out var id) ? id % 10_000 : 0;
        return channel == "wechat"
            ? string.Create(CultureInfo.InvariantCulture, $"{Sandbox.OpenIdPrefix}{staff}_{persona}")
            : string.Create(CultureInfo.InvariantCulture, $"{Sandbox.SmsPrefix}{staff:D4}{persona:D4}");
    }
}
