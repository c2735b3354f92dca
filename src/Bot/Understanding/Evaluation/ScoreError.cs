namespace ZeroWork.Bot.Understanding.Evaluation;

/// <summary>A field (or the intent) the reader got wrong on one labelled message; values as the scorer prints them.</summary>
public sealed record ScoreError(string Id, string Field, string Gold, string Got, string Text);
