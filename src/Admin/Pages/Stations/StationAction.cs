namespace ZeroWork.Admin.Pages.Stations;

/// <summary>The steps of a township station's life (第十至十一、十七条).</summary>
public enum StationAction
{
    /// <summary>审核: county public employment service checks the application.</summary>
    Review,

    /// <summary>不予通过: the application fails review or approval.</summary>
    Reject,

    /// <summary>批准: county human-resources bureau approves.</summary>
    Approve,

    /// <summary>备案: the city employment bureau files it; the station starts operating.</summary>
    File,

    /// <summary>授牌: the county service grants the "XX零工驿站" plaque.</summary>
    GrantPlaque,

    /// <summary>限期整改.</summary>
    OrderRectification,

    /// <summary>整改验收.</summary>
    ConfirmRectified,

    /// <summary>撤销申报 (附件2).</summary>
    RequestRevocation,

    /// <summary>撤销批准.</summary>
    ApproveRevocation,

    /// <summary>不予批准撤销: the county bureau refuses; the station goes back to rectification.</summary>
    RejectRevocation,

    /// <summary>撤回撤销申报: the county service withdraws its request.</summary>
    WithdrawRevocation,

    /// <summary>撤销备案.</summary>
    FileRevocation,
}
