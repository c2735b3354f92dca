namespace ZeroWork.Admin.Figures;

public sealed record DailyCount(string Day, int Posts, int Registrations);
