namespace ZeroWork.Bot.Understanding;

/// <summary>The intent codes of the parse contract.</summary>
public static class Intents
{
    public const string PostJob = "post_job";
    public const string OfferWork = "offer_work";
    public const string SearchJobs = "search_jobs";
    public const string Accept = "accept";
    public const string Decline = "decline";
    public const string ClosePost = "close_post";
    public const string ConsultRights = "consult_rights";
    public const string ConsultPolicy = "consult_policy";
    public const string Training = "training";
    public const string Unsubscribe = "unsubscribe";
    public const string Help = "help";
    public const string Other = "other";
}
