using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ZeroWork.Bot.WeChat.Protocol;

/// <summary>Safe-mode message encryption: AES-256-CBC over random(16) ‖ length(4, big-endian) ‖ msg ‖ appid, padded to 32 bytes, with the IV fixed to the key's first 16 bytes.</summary>
public sealed class WeChatCrypto(WeChatAesKey key, string appId)
{
    private const int RandomLength = 16;
    private const int HeaderLength = RandomLength + 4;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string AppId { get; } = appId;

    /// <summary>Encrypts with a fresh random prefix.</summary>
    public string Encrypt(string message) => Encrypt(message, RandomNumberGenerator.GetBytes(RandomLength));

    /// <summary>Encrypts with the given 16-byte prefix (a seam so published vectors can be reproduced byte for byte).</summary>
    public string Encrypt(string message, ReadOnlySpan<byte> random)
    {
        if (random.Length != RandomLength)
        {
            throw new ArgumentException("the random prefix must be 16 bytes", nameof(random));
        }

        var msg = Encoding.UTF8.GetBytes(message);
        var app = Encoding.ASCII.GetBytes(AppId);
        var full = new byte[HeaderLength + msg.Length + app.Length];
        random.CopyTo(full);
        BinaryPrimitives.WriteInt32BigEndian(full.AsSpan(RandomLength, 4), msg.Length);
        msg.CopyTo(full, HeaderLength);
        app.CopyTo(full, HeaderLength + msg.Length);

        using var aes = Aes.Create();
        aes.Key = key.Key;
        return Convert.ToBase64String(aes.EncryptCbc(Pkcs7Padding32.Pad(full), key.Iv, PaddingMode.None));
    }

    /// <summary>Decrypts and checks the layout and the appid. Call only after <c>msg_signature</c> has been verified.</summary>
    public Decrypted Decrypt(string encrypted)
    {
        var cipher = new byte[encrypted.Length];
        if (!Convert.TryFromBase64String(encrypted, cipher, out var written))
        {
            return new Decrypted(CryptoStatus.BadBase64);
        }

        if (written == 0 || written % 16 != 0)
        {
            return new Decrypted(CryptoStatus.BadLength);
        }

        byte[] plain;
        using (var aes = Aes.Create())
        {
            aes.Key = key.Key;
            plain = aes.DecryptCbc(cipher.AsSpan(0, written), key.Iv, PaddingMode.None);
        }

        var length = Pkcs7Padding32.UnpaddedLength(plain);
        if (length < 0)
        {
            return new Decrypted(CryptoStatus.BadPadding);
        }

        var pad = plain.Length - length;
        if (length < HeaderLength)
        {
            return new Decrypted(CryptoStatus.BadLayout);
        }

        var msgLength = BinaryPrimitives.ReadInt32BigEndian(plain.AsSpan(RandomLength, 4));
        if (msgLength < 0 || msgLength > length - HeaderLength)
        {
            return new Decrypted(CryptoStatus.BadLayout);
        }

        var appBytes = plain.AsSpan(HeaderLength + msgLength, length - HeaderLength - msgLength);
        if (!CryptographicOperations.FixedTimeEquals(appBytes, Encoding.ASCII.GetBytes(AppId)))
        {
            return new Decrypted(CryptoStatus.AppIdMismatch, AppId: Encoding.ASCII.GetString(appBytes));
        }

        string message;
        try
        {
            message = StrictUtf8.GetString(plain, HeaderLength, msgLength);
        }
        catch (DecoderFallbackException)
        {
            return new Decrypted(CryptoStatus.BadUtf8);
        }

        return new Decrypted(CryptoStatus.Ok, message, AppId, plain[..RandomLength], pad);
    }
}
