namespace ZeroWork.Market.Staff;

/// <summary>Roles follow jurisdiction (属地管理): the city sees all, a county its stations, a station itself.</summary>
public enum StaffRole
{
    /// <summary>City bureau / city hub: files stations, sees everything.</summary>
    City,

    /// <summary>County public employment service and bureau: review, approve, assess.</summary>
    County,

    /// <summary>Staff of one station (sub-station or township).</summary>
    Station,
}
