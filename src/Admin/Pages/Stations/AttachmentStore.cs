using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ZeroWork.Admin.Pages.Stations;

/// <summary>Application materials on disk: only known document and image types whose first bytes match the extension, within the size limit, under generated names in the configured folder. The uploader's file name is kept only as a label.</summary>
public sealed partial class AttachmentStore(IOptions<AdminOptions> options)
{
    private static readonly Dictionary<string, byte[][]> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = [[0x25, 0x50, 0x44, 0x46]],
        [".jpg"] = [[0xFF, 0xD8, 0xFF]],
        [".jpeg"] = [[0xFF, 0xD8, 0xFF]],
        [".png"] = [[0x89, 0x50, 0x4E, 0x47]],
        [".docx"] = [[0x50, 0x4B, 0x03, 0x04]],
        [".xlsx"] = [[0x50, 0x4B, 0x03, 0x04]],
        [".doc"] = [[0xD0, 0xCF, 0x11, 0xE0]],
        [".xls"] = [[0xD0, 0xCF, 0x11, 0xE0]],
    };

    public static IReadOnlyCollection<string> AllowedExtensions => Signatures.Keys;

    public long MaxBytes => options.Value.MaxUploadBytes;

    private string Folder => Path.GetFullPath(options.Value.UploadPath);

    /// <summary>Stores the file; returns the attachment entry ("stored|label") or an error in Chinese.</summary>
    public async Task<(string? Entry, string? Error)> SaveAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var label = SafeLabel(file.FileName);
        var ext = Path.GetExtension(label).ToLowerInvariant();
        if (!Signatures.TryGetValue(ext, out var signatures))
        {
            return (null, $"文件 {label} 类型不允许（只收 {string.Join("、", AllowedExtensions)}）");
        }

        if (file.Length == 0 || file.Length > MaxBytes)
        {
            return (null, $"文件 {label} 为空或超过 {MaxBytes / 1024 / 1024.0:0.#} MB");
        }

        var head = new byte[8];
        await using (var peek = file.OpenReadStream())
        {
            var read = await peek.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
            if (!signatures.Any(sig => read >= sig.Length && head.AsSpan(0, sig.Length).SequenceEqual(sig)))
            {
                return (null, $"文件 {label} 的内容与扩展名不符");
            }
        }

        Directory.CreateDirectory(Folder);
        var stored = $"{Guid.NewGuid():N}{ext}";
        await using (var target = new FileStream(Path.Combine(Folder, stored), FileMode.CreateNew, FileAccess.Write))
        await using (var source = file.OpenReadStream())
        {
            await source.CopyToAsync(target, cancellationToken);
        }

        return ($"{stored}|{label}", null);
    }

    /// <summary>Opens a stored file by its generated name; anything else (a path, "..", an unknown name) is refused.</summary>
    public FileStream? Open(string storedName)
    {
        if (!StoredName().IsMatch(storedName))
        {
            return null;
        }

        var path = Path.Combine(Folder, storedName);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read) : null;
    }

    public static (string Stored, string Label) Parse(string entry)
    {
        var bar = entry.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (entry, entry) : (entry[..bar], entry[(bar + 1)..]);
    }

    public static string ContentType(string storedName) => Path.GetExtension(storedName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".doc" => "application/msword",
        ".xls" => "application/vnd.ms-excel",
        _ => "application/octet-stream",
    };

    private static string SafeLabel(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var clean = new string([.. last.Where(c => !char.IsControl(c) && c != '|')]).Trim();
        return clean.Length == 0 ? "file" : clean[..Math.Min(clean.Length, 120)];
    }

    [GeneratedRegex("^[0-9a-f]{32}\\.(pdf|jpg|jpeg|png|docx|xlsx|doc|xls)$")]
    private static partial Regex StoredName();
}
