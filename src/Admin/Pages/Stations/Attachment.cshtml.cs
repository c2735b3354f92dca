using Microsoft.AspNetCore.Mvc;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Stations;

/// <summary>Downloads one of a station's materials: only a file listed on that station, inside the viewer's jurisdiction, by its generated name.</summary>
public sealed class AttachmentModel(IMarketStore db, AttachmentStore attachments) : AdminPageModel(db)
{
    public IActionResult OnGet(string? id, string? file)
    {
        var station = AllStations.FirstOrDefault(s => s.Id == id);
        if (station is null || !Me.Covers(station) || string.IsNullOrEmpty(file))
        {
            return NotFound();
        }

        var entry = station.Attachments.Select(AttachmentStore.Parse).FirstOrDefault(a => a.Stored == file);
        if (entry == default)
        {
            return NotFound();
        }

        var stream = attachments.Open(entry.Stored);
        return stream is null ? NotFound() : File(stream, AttachmentStore.ContentType(entry.Stored), entry.Label);
    }
}
