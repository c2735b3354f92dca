using ZeroWork.Bot.WeChat.Messages;
using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Bot.WeChat.Hooks;

/// <summary>A POST whose signatures held and whose body parsed; <see cref="Crypto"/> is set when the request was encrypted and the reply must be too.</summary>
public sealed record AuthenticatedMessage(WeChatMessage Message, WeChatCrypto? Crypto, string Nonce);
