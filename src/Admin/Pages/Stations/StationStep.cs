using ZeroWork.Market.Staff;
using ZeroWork.Market.Stations;

namespace ZeroWork.Admin.Pages.Stations;

/// <summary>One allowed transition: from which states, by which role, to which state, and what it must carry.</summary>
public sealed record StationStep(
    StationAction Action,
    string Label,
    IReadOnlyList<StationState> From,
    StationState To,
    StaffRole Role,
    bool NeedsReason = false,
    bool NeedsDeadline = false);
