namespace ZeroWork.Admin.Exports;

/// <summary>An export ready to write: its sheet, headers and rows, and how many full phone numbers it carries (for the audit).</summary>
public sealed record ExportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows, int FullNumbers);
