namespace ZeroWork.Bot.WeChat.Protocol;

/// <summary>PKCS#7 padding to a 32-byte block, as the protocol defines it (pad values 1–32). .NET's PKCS7 mode assumes the 16-byte AES block and rejects pads above 16.</summary>
public static class Pkcs7Padding32
{
    public const int BlockSize = 32;

    public static byte[] Pad(ReadOnlySpan<byte> data)
    {
        var pad = BlockSize - (data.Length % BlockSize);
        var padded = new byte[data.Length + pad];
        data.CopyTo(padded);
        padded.AsSpan(data.Length).Fill((byte)pad);
        return padded;
    }

    /// <summary>The unpadded length, or -1 when the padding is not a valid 1–32 PKCS#7 tail (stricter than Tencent's samples, which read bad values as 0).</summary>
    public static int UnpaddedLength(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return -1;
        }

        int pad = data[^1];
        if (pad is < 1 or > BlockSize || pad > data.Length)
        {
            return -1;
        }

        foreach (var b in data[^pad..])
        {
            if (b != pad)
            {
                return -1;
            }
        }

        return data.Length - pad;
    }
}
