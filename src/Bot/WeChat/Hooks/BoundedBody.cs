using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ZeroWork.Bot.WeChat.Hooks;

/// <summary>Reads a request body as strict UTF-8, never more than a limit: Content-Length is checked first, then the read itself stops one byte past the limit (chunked bodies have no length).</summary>
public static class BoundedBody
{
    public const int MaxBytes = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<(string? Text, HookRejection? Rejection)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, HookRejection.TooLarge("body over 64 KiB"));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(MaxBytes + 1);
        try
        {
            var length = 0;
            while (length <= MaxBytes)
            {
                var read = await request.Body.ReadAsync(buffer.AsMemory(length, MaxBytes + 1 - length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            if (length > MaxBytes)
            {
                return (null, HookRejection.TooLarge("body over 64 KiB"));
            }

            var bytes = buffer.AsSpan(0, length);
            if (bytes.StartsWith(Encoding.UTF8.Preamble))
            {
                bytes = bytes[Encoding.UTF8.Preamble.Length..];
            }

            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, HookRejection.BadRequest("body is not valid UTF-8"));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
