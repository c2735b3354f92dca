namespace ZeroWork.Matcher.Index;

/// <summary>A worker who fits a job, with the sphere distance and the ranking score (higher is better).</summary>
public readonly record struct Candidate(int WorkerId, double DistanceMeters, bool ExactSkill, float Score);
