namespace ZeroWork.Market.Messaging;

/// <summary>The catalogue of outbound texts. Every SMS is one of these; WeChat sends the rendered text.</summary>
public static class MessageTemplates
{
    /// <summary>A job push: kind, day and time, pay, distance, map link.</summary>
    public static readonly MessageTemplate JobPush = new("JobPush", "{1}{2}{3}，距您{4}，导航{link}{5} 回1接单 回T退订");

    /// <summary>A conversational reply: the whole answer in one variable.</summary>
    public static readonly MessageTemplate Reply = new("Reply", "零工市场：{1}");

    /// <summary>The employer hears who took the job (the one place a full number passes).</summary>
    public static readonly MessageTemplate TakerFound = new("TakerFound", "您的{1}招工已有人接单：{2}，电话{3}。");

    /// <summary>The taker gets the employer's contact and the map link.</summary>
    public static readonly MessageTemplate JobTaken = new("JobTaken", "接单成功：{1}，联系人{2}电话{3}，导航{link}{4}");

    public static readonly MessageTemplate JobFull = new("JobFull", "很抱歉，{1}已招满，下次早点回复哦。");

    public static readonly MessageTemplate PostReviewed = new("PostReviewed", "您的招工信息{1}：{2}");

    public static readonly MessageTemplate ConsultationReply = new("ConsultationReply", "{1}回复您：{2}");

    public static readonly IReadOnlyList<MessageTemplate> All = [JobPush, Reply, TakerFound, JobTaken, JobFull, PostReviewed, ConsultationReply];

    public static MessageTemplate? Find(string? name) => All.FirstOrDefault(t => t.Name == name);
}
