namespace ZeroWork.Bot.WeChat.Api;

public enum WeChatCallStatus
{
    Ok,

    /// <summary>WeChat answered with a non-zero errcode.</summary>
    ApiError,

    /// <summary>A non-2xx HTTP status after the retries.</summary>
    HttpError,

    /// <summary>The connection could not be made: the request certainly never reached WeChat.</summary>
    Unreachable,

    /// <summary>The connection broke or timed out after the request may have arrived: the outcome is unknown.</summary>
    Uncertain,

    /// <summary>The circuit breaker is open: no request was made.</summary>
    CircuitOpen,

    /// <summary>The answer was not the JSON WeChat sends.</summary>
    BadResponse,

    /// <summary>No AppId/AppSecret: the call was not attempted.</summary>
    NotConfigured,
}
