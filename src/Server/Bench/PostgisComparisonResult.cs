using ZeroWork.Market.Postgres.Bench;

namespace ZeroWork.Server.Bench;

/// <summary>The PostGIS half of <c>bench match --postgis</c>'s JSON line.</summary>
public sealed record PostgisComparisonResult(PostgisLoadReport Load, double P50Us, double P99Us, double MaxUs, AgreementReport Spheroid, AgreementReport Sphere);
