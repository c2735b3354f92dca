namespace ZeroWork.Market.Stations;

/// <summary>A station's lifecycle (第八至十一、十七条): application → county review → county approval → city filing (operating, plaque granted); rectification and revocation.</summary>
public enum StationState
{
    Applied,
    Reviewed,
    Approved,
    Operating,
    Rectifying,
    RevocationRequested,
    RevocationApproved,
    Revoked,
    Rejected,
}
