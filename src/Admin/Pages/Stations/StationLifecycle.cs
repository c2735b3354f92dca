using System.Globalization;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Stations;

namespace ZeroWork.Admin.Pages.Stations;

/// <summary>The state machine of a township station: application → county review (审核) → county approval (批准) → city filing (备案) → plaque (授牌); rectification with a deadline; revocation only after that deadline passed (撤销申报 → 批准 or 不予批准 / 撤回 → 备案). Each step is taken only by its role, inside the actor's jurisdiction, and lands in the station's history with who, when and why.</summary>
public static class StationLifecycle
{
    public static readonly IReadOnlyList<StationStep> Steps =
    [
        new(StationAction.Review, "审核通过（县公共就业服务机构）", [StationState.Applied], StationState.Reviewed, StaffRole.County),
        new(StationAction.Reject, "不予通过", [StationState.Applied, StationState.Reviewed], StationState.Rejected, StaffRole.County, NeedsReason: true),
        new(StationAction.Approve, "批准（县人社部门）", [StationState.Reviewed], StationState.Approved, StaffRole.County),
        new(StationAction.File, "备案（市劳动就业管理局）", [StationState.Approved], StationState.Operating, StaffRole.City),
        new(StationAction.GrantPlaque, "授予标识牌", [StationState.Operating], StationState.Operating, StaffRole.County),
        new(StationAction.OrderRectification, "下达限期整改", [StationState.Operating], StationState.Rectifying, StaffRole.County, NeedsReason: true, NeedsDeadline: true),
        new(StationAction.ConfirmRectified, "整改验收合格", [StationState.Rectifying], StationState.Operating, StaffRole.County),
        new(StationAction.RequestRevocation, "撤销申报（填写撤销申报表）", [StationState.Rectifying], StationState.RevocationRequested, StaffRole.County, NeedsReason: true),
        new(StationAction.ApproveRevocation, "批准撤销（县人社部门）", [StationState.RevocationRequested], StationState.RevocationApproved, StaffRole.County),
        new(StationAction.RejectRevocation, "不予批准撤销（县人社部门）", [StationState.RevocationRequested], StationState.Rectifying, StaffRole.County, NeedsReason: true),
        new(StationAction.WithdrawRevocation, "撤回撤销申报", [StationState.RevocationRequested], StationState.Rectifying, StaffRole.County, NeedsReason: true),
        new(StationAction.FileRevocation, "撤销备案（市劳动就业管理局）", [StationState.RevocationApproved], StationState.Revoked, StaffRole.City),
    ];

    public static StationStep StepOf(StationAction action) => Steps.Single(s => s.Action == action);

    /// <summary>Steps whose taker must not be the one who took the earlier step (separation of duties: who reviews does not approve; who asks for revocation does not decide it).</summary>
    private static readonly Dictionary<StationAction, StationAction> SeparateFrom = new()
    {
        [StationAction.Approve] = StationAction.Review,
        [StationAction.ApproveRevocation] = StationAction.RequestRevocation,
        [StationAction.RejectRevocation] = StationAction.RequestRevocation,
    };

    /// <summary>The steps this person may take on this station now.</summary>
    public static IReadOnlyList<StationStep> Available(Station station, Jurisdiction who, DateTime nowUtc) =>
        [.. Steps.Where(s => Refusal(station, s, who, note: s.NeedsReason ? "-" : null, deadline: s.NeedsDeadline ? DateTime.MaxValue : null, now: nowUtc) is null)];

    /// <summary>Takes a step; returns the updated station, or the reason it was refused.</summary>
    public static (Station? Station, string? Error) Take(Station station, StationAction action, Jurisdiction who, string? note, DateTime? deadlineUtc, DateTime nowUtc)
    {
        var step = StepOf(action);
        var refusal = Refusal(station, step, who, note, deadlineUtc, nowUtc);
        if (refusal is not null)
        {
            return (null, refusal);
        }

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var updated = station with { State = step.To };
        var detail = trimmed;
        switch (action)
        {
            case StationAction.GrantPlaque:
                updated = updated with { Plaque = PlaqueFor(station) };
                detail = $"标识牌：{updated.Plaque}" + (trimmed is null ? "" : $"；{trimmed}");
                break;
            case StationAction.OrderRectification:
                updated = updated with { RectifyBy = deadlineUtc };
                detail = $"整改期限：{Market.Time.ChinaTime.ToChina(deadlineUtc!.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}；{trimmed}";
                break;
            case StationAction.ConfirmRectified:
                updated = updated with { RectifyBy = null };
                break;
            case StationAction.FileRevocation:
                updated = updated with { Plaque = null, RectifyBy = null };
                break;
            default:
                break;
        }

        var entry = new StationEvent { At = nowUtc, Actor = who.UserName, Action = step.Label, Note = detail };
        return (updated with { History = [.. station.History, entry] }, null);
    }

    /// <summary>"XX零工驿站", from the township's name without its 镇/乡/街道 suffix.</summary>
    public static string PlaqueFor(Station station) => StationNames.Plaque(station.Township ?? station.Name);

    private static string? Refusal(Station station, StationStep step, Jurisdiction who, string? note, DateTime? deadline, DateTime now)
    {
        if (station.Level != StationLevel.Township)
        {
            return "只有乡镇（街道）零工驿站走申报、撤销流程";
        }

        if (!who.Covers(station))
        {
            return "不在您的管辖范围内";
        }

        if (who.Role != step.Role)
        {
            return $"此步骤应由{RoleNames.Of(step.Role)}工作人员办理";
        }

        if (!step.From.Contains(station.State))
        {
            return $"驿站当前状态为「{RoleNames.Of(station.State)}」，不能{step.Label}";
        }

        if (SeparateFrom.TryGetValue(step.Action, out var earlier) && station.History.LastOrDefault(e => e.Action == StepOf(earlier).Label)?.Actor == who.UserName)
        {
            return $"「{StepOf(earlier).Label}」由您办理，此步骤须由另一位工作人员办理";
        }

        // 第十七条: revocation is for a station that did not put things right by the deadline it was given.
        if (step.Action == StationAction.RequestRevocation && (station.RectifyBy is not { } by || by > now))
        {
            return station.RectifyBy is { } due ? $"整改期限（{Market.Time.ChinaTime.Format(due)}）未到，不能申报撤销" : "须先下达限期整改，逾期未整改到位方可申报撤销";
        }

        if (step.Action == StationAction.Review && !StationConditions.AllMet(station))
        {
            return "驿站条件不齐备，不能审核通过";
        }

        if (step.Action == StationAction.GrantPlaque && station.Plaque is not null)
        {
            return "已授予标识牌";
        }

        if (step.NeedsReason && string.IsNullOrWhiteSpace(note))
        {
            return "请填写原因";
        }

        if (step.NeedsDeadline && (deadline is null || deadline <= now))
        {
            return "请填写晚于今天的整改期限";
        }

        return null;
    }
}
