using Microsoft.AspNetCore.Http;

namespace ZeroWork.Bot.WeChat.Hooks;

/// <summary>Why a hook request was refused: always a 4xx, never anything stored.</summary>
public sealed record HookRejection(int Status, string Reason)
{
    public static HookRejection BadRequest(string reason) => new(StatusCodes.Status400BadRequest, reason);

    public static HookRejection Forbidden(string reason) => new(StatusCodes.Status403Forbidden, reason);

    public static HookRejection TooLarge(string reason) => new(StatusCodes.Status413PayloadTooLarge, reason);
}
