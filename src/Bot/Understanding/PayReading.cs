namespace ZeroWork.Bot.Understanding;

/// <summary>Pay as the parse contract states it: bounds in yuan and a unit code (day, hour, month, piece, job).</summary>
internal readonly record struct PayReading(decimal? Min, decimal? Max, string? Unit);
