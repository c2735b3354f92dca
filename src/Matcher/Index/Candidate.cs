namespace ZeroWork.Matcher.Index;

/// <summary>A worker who fits a job, with the distance in metres on the sphere, the ranking score (higher is better) and the worker's point.</summary>
public readonly record struct Candidate(int WorkerId, double DistanceMeters, bool ExactSkill, float Score, double Lat, double Lng);
