using ZeroWork.Market.Consultations;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Stations;

namespace ZeroWork.Admin.Pages;

/// <summary>Chinese labels for the domain's codes, shown in every page.</summary>
public static class RoleNames
{
    public static string Of(StaffRole role) => role switch
    {
        StaffRole.City => "市级",
        StaffRole.County => "县级",
        _ => "驿站",
    };

    public static string Of(StationLevel level) => level switch
    {
        StationLevel.CityHub => "总站",
        StationLevel.SubStation => "分站",
        _ => "驿站",
    };

    public static string Of(StationState state) => state switch
    {
        StationState.Applied => "已申报待审核",
        StationState.Reviewed => "已审核待批准",
        StationState.Approved => "已批准待备案",
        StationState.Operating => "运营中",
        StationState.Rectifying => "限期整改",
        StationState.RevocationRequested => "撤销申报中",
        StationState.RevocationApproved => "撤销已批准待备案",
        StationState.Revoked => "已撤销",
        _ => "未通过",
    };

    public static string Of(JobStatus status) => status switch
    {
        JobStatus.Draft => "草稿",
        JobStatus.PendingReview => "待审核",
        JobStatus.Published => "已发布",
        JobStatus.Filled => "已招满",
        JobStatus.Closed => "已关闭",
        JobStatus.Expired => "已过期",
        _ => "未通过审核",
    };

    public static string Of(ConsultationKind kind) => kind switch
    {
        ConsultationKind.LabourRights => "劳动维权",
        ConsultationKind.Policy => "政策咨询",
        ConsultationKind.Training => "培训报名",
        _ => "转人工",
    };

    public static string Of(ConsultationState state) => state switch
    {
        ConsultationState.Open => "待受理",
        ConsultationState.Assigned => "已分派",
        ConsultationState.Answered => "已答复",
        _ => "已关闭",
    };

    public static string Of(OutboxChannel channel) => channel switch
    {
        OutboxChannel.Sms => "短信",
        OutboxChannel.WeChatCustom => "微信客服消息",
        _ => "微信模板消息",
    };

    public static string Of(OutboxState state) => state switch
    {
        OutboxState.Pending => "待发送",
        OutboxState.Deferred => "延后发送",
        OutboxState.Sending => "发送中",
        OutboxState.Sent => "已发送",
        OutboxState.Delivered => "已送达",
        OutboxState.Failed => "失败",
        OutboxState.Unknown => "结果未知",
        _ => "未配置通道（仅本地）",
    };

    public static string Of(Market.People.Channel channel) => channel switch
    {
        Market.People.Channel.Sms => "短信",
        Market.People.Channel.WeChat => "微信",
        _ => "窗口登记",
    };

    /// <summary>What an outbox message is for, by its purpose code.</summary>
    public static string Purpose(string? purpose) => purpose switch
    {
        "push" => "岗位推送",
        "reply" => "回复",
        "handover" => "接单通知",
        "notice" => "通知",
        _ => "其他",
    };
}
