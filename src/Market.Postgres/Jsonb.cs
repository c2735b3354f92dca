namespace ZeroWork.Market.Postgres;

/// <summary>A statement argument sent as jsonb rather than text.</summary>
internal sealed record Jsonb(string Text);
