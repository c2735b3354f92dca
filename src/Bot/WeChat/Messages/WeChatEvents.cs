namespace ZeroWork.Bot.WeChat.Messages;

/// <summary>Event names, case-sensitive exactly as WeChat sends them.</summary>
public static class WeChatEvents
{
    public const string Subscribe = "subscribe";
    public const string Unsubscribe = "unsubscribe";
    public const string Scan = "SCAN";
    public const string Location = "LOCATION";
    public const string Click = "CLICK";
    public const string View = "VIEW";

    /// <summary>Prefix of the EventKey of a follow made by scanning a parametric QR code.</summary>
    public const string QrScenePrefix = "qrscene_";

    /// <summary>Events whose only valid answer is <c>success</c>: a reply is forbidden (LOCATION) or never seen (unsubscribe, VIEW).</summary>
    public static bool AcknowledgeOnly(string? name) => name is Location or Unsubscribe or View;
}
