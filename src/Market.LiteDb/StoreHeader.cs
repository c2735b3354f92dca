using System.Buffers.Binary;

namespace ZeroWork.Market.LiteDb;

/// <summary>What a LiteDB 5 data file's first page says about the file, read without opening it through LiteDB (which writes on open).</summary>
internal static class StoreHeader
{
    private const int SignatureOffset = 32;

    private const int LastPageIdOffset = 64;

    private static ReadOnlySpan<byte> Signature => "** This is a LiteDB file **"u8;

    /// <summary>
    /// The length the data file must have at least: every page up to the header's last page. LiteDB writes the header page of a
    /// checkpoint after the pages it names, so a file killed mid-checkpoint still holds them, and pages still in the log are
    /// allocated beyond the data file's last page only once checkpointed. Null when the first page is not a LiteDB header
    /// (LiteDB's own open then reports the damage).
    /// </summary>
    public static long? ExpectedLength(string path)
    {
        Span<byte> header = stackalloc byte[LastPageIdOffset + sizeof(uint)];
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        file.ReadExactly(header);
        if (!header.Slice(SignatureOffset, Signature.Length).SequenceEqual(Signature))
        {
            return null;
        }

        var lastPage = BinaryPrimitives.ReadUInt32LittleEndian(header[LastPageIdOffset..]);
        return (lastPage + 1L) * LiteDbStore.PageSize;
    }
}
