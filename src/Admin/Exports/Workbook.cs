using ClosedXML.Excel;

namespace ZeroWork.Admin.Exports;

/// <summary>One sheet of rows as an .xlsx file, the same way for every export.</summary>
public static class Workbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static MemoryStream Build(string sheetName, IReadOnlyList<string> headers, IEnumerable<object?[]> rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add(sheetName);
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var r = 2;
        foreach (var values in rows)
        {
            for (var c = 0; c < values.Length; c++)
            {
                Write(sheet.Cell(r, c + 1), values[c]);
            }

            r++;
        }

        sheet.SheetView.FreezeRows(1);
        // A fixed width: fitting columns to their contents measures fonts through System.Drawing, which a Linux server may lack.
        sheet.Columns(1, Math.Max(1, headers.Count)).Width = 16;
        var stream = new MemoryStream();
        book.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    private static void Write(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string s:
                // Text is written as text, so a value starting with "=" is never a formula and a phone number keeps its digits.
                cell.SetValue(s);
                cell.DataType = XLDataType.Text;
                break;
            case int i:
                cell.SetValue(i);
                break;
            case double d:
                cell.SetValue(d);
                break;
            case decimal m:
                cell.SetValue(m);
                break;
            default:
                cell.SetValue(value.ToString());
                cell.DataType = XLDataType.Text;
                break;
        }
    }
}
