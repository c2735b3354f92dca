using ZeroWork.Market.Consultations;

namespace ZeroWork.Admin.Pages.Consultations;

/// <summary>Common answers staff pick and adjust instead of typing the same text every day; by kind of consultation.</summary>
public static class CannedReplies
{
    private static readonly IReadOnlyList<string> Common =
    [
        "您好，您的咨询已收到，工作人员正在核实，会尽快答复您。",
        "您好，请您方便时带身份证到就近的零工驿站，我们当面为您办理。",
    ];

    private static readonly Dictionary<ConsultationKind, IReadOnlyList<string>> ByKind = new()
    {
        [ConsultationKind.LabourRights] =
        [
            "您好，被拖欠工资请保留好考勤、转账记录、聊天记录等证据，可拨打 12333 或到所在区县劳动保障监察大队投诉，我们也可陪同您办理。",
            "您好，已将您反映的欠薪情况转交劳动保障监察部门，请保持电话畅通，工作人员会联系您。",
        ],
        [ConsultationKind.Policy] =
        [
            "您好，灵活就业人员可按规定参加职工养老、医疗保险并申请社保补贴，具体条件请带身份证到就近驿站咨询。",
            "您好，零工市场登记、信息发布和岗位推送都是免费的，任何收费要求请拒绝并向我们举报。",
        ],
        [ConsultationKind.Training] =
        [
            "您好，已为您登记培训意向，开班前会短信通知您时间和地点。",
            "您好，本期培训名额已满，已为您登记下一期，开班前会通知您。",
        ],
    };

    public static IReadOnlyList<string> For(ConsultationKind kind) => [.. ByKind.GetValueOrDefault(kind, []), .. Common];
}
