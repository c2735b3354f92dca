namespace ZeroWork.Market.Messaging;

/// <summary>The catalogue of outbound texts. Every SMS is one of these; WeChat sends the rendered text.</summary>
public static class MessageTemplates
{
    /// <summary>A job push: kind, day and time, pay, distance, map link; one SMS part with the signature (see PushText).</summary>
    public static readonly MessageTemplate JobPush = new("JobPush", "{1}{2}{3}{4} 导航{link}{5} 回1接单 回2不去 T退订");

    /// <summary>A conversational reply: the whole answer in one variable.</summary>
    public static readonly MessageTemplate Reply = new("Reply", "零工市场：{1}");

    /// <summary>The employer hears who took the job (the one place a full number passes).</summary>
    public static readonly MessageTemplate TakerFound = new("TakerFound", "您的招工（{1}）有人接单：{2}，电话{3}。");

    /// <summary>The taker gets the job (day, kind, place, pay), the employer's contact and the map link.</summary>
    public static readonly MessageTemplate JobTaken = new("JobTaken", "接单成功：{1}。{2}电话{3}，导航{link}{4}");

    public static readonly MessageTemplate JobFull = new("JobFull", "很抱歉，{1}已招满，下次早点回复哦。");

    /// <summary>The employer hears the last place was taken.</summary>
    public static readonly MessageTemplate PostFilled = new("PostFilled", "您的招工（{1}）已招满{2}人，已停止推送。");

    /// <summary>The employer hears a taker cannot come and the place is open again.</summary>
    public static readonly MessageTemplate TakerWithdrew = new("TakerWithdrew", "您的招工（{1}）：{2}说去不了了，名额已重新开放，有人接单再告诉您。");

    /// <summary>The first wave found nobody to push.</summary>
    public static readonly MessageTemplate NobodyNearby = new("NobodyNearby", "您的招工（{1}）附近1.5公里内暂时没有合适的工人，有人登记会马上推送。");

    /// <summary>The day after the work, each taker is asked whether they were paid.</summary>
    public static readonly MessageTemplate PaidCheck = new("PaidCheck", "{1}的活，工钱结了吗？回1结了 回2没结");

    public static readonly MessageTemplate PostReviewed = new("PostReviewed", "您的招工信息{1}：{2}");

    public static readonly MessageTemplate ConsultationReply = new("ConsultationReply", "{1}回复您：{2}");

    public static readonly IReadOnlyList<MessageTemplate> All = [JobPush, Reply, TakerFound, JobTaken, JobFull, PostFilled, TakerWithdrew, NobodyNearby, PaidCheck, PostReviewed, ConsultationReply];

    public static MessageTemplate? Find(string? name) => All.FirstOrDefault(t => t.Name == name);
}
