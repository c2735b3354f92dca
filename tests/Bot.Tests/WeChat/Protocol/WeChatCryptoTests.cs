using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Bot.Tests.WeChat.Protocol;

public sealed class WeChatCryptoTests
{
    private const string AppId = "wx2c2769f8efd9abc2";
    private static readonly WeChatAesKey Key = WeChatAesKey.Parse("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");

    [Fact]
    public void Round_trip_with_chinese_text_and_a_fresh_random_prefix_each_time()
    {
        var crypto = new WeChatCrypto(Key, AppId);
        const string message = "<xml><Content><![CDATA[明天7点檀溪路要2个小工一天180]]></Content></xml>";
        var a = crypto.Encrypt(message);
        var b = crypto.Encrypt(message);
        Assert.NotEqual(a, b);
        Assert.Equal(message, crypto.Decrypt(a).Message);
        Assert.Equal(message, crypto.Decrypt(b).Message);
    }

    [Fact]
    public void Every_pad_length_from_1_to_32_round_trips()
    {
        var crypto = new WeChatCrypto(Key, AppId);
        for (var n = 0; n < 32; n++)
        {
            var message = new string('x', n);
            var result = crypto.Decrypt(crypto.Encrypt(message));
            Assert.Equal(message, result.Message);
            Assert.InRange(result.Pad, 1, 32);
            Assert.Equal(0, (20 + n + AppId.Length + result.Pad) % 32);
        }
    }

    [Fact]
    public void A_flipped_bit_in_the_last_block_breaks_the_padding()
    {
        var crypto = new WeChatCrypto(Key, AppId);
        var cipher = Convert.FromBase64String(crypto.Encrypt("hello"));
        cipher[^20] ^= 1;
        Assert.False(crypto.Decrypt(Convert.ToBase64String(cipher)).Ok);
    }

    [Fact]
    public void Another_key_does_not_decrypt()
    {
        var encrypted = new WeChatCrypto(Key, AppId).Encrypt("hello");
        var other = new WeChatCrypto(WeChatAesKey.Parse(new string('A', 43)), AppId);
        Assert.False(other.Decrypt(encrypted).Ok);
    }

    [Fact]
    public void Another_appid_is_reported_as_such()
    {
        var encrypted = new WeChatCrypto(Key, "wx0123456789abcdef").Encrypt("hello");
        var result = new WeChatCrypto(Key, AppId).Decrypt(encrypted);
        Assert.Equal(CryptoStatus.AppIdMismatch, result.Status);
        Assert.Null(result.Message);
    }

    [Theory]
    [InlineData("not base64!", CryptoStatus.BadBase64)]
    [InlineData("", CryptoStatus.BadLength)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", CryptoStatus.BadLength)]
    public void Garbage_is_refused(string encrypt, CryptoStatus status) =>
        Assert.Equal(status, new WeChatCrypto(Key, AppId).Decrypt(encrypt).Status);

    [Fact]
    public void A_length_field_beyond_the_data_is_refused()
    {
        Assert.Equal(CryptoStatus.BadLayout, new WeChatCrypto(Key, AppId).Decrypt(Forge(Encoding.UTF8.GetBytes("hi"), declaredLength: 5000)).Status);
    }

    [Fact]
    public void A_message_that_is_not_utf8_is_refused()
    {
        Assert.Equal(CryptoStatus.BadUtf8, new WeChatCrypto(Key, AppId).Decrypt(Forge([0xC3, 0x28], declaredLength: 2)).Status);
    }

    [Theory]
    [InlineData(43, true)]
    [InlineData(42, false)]
    [InlineData(44, false)]
    public void EncodingAESKey_must_have_43_characters(int length, bool valid) =>
        Assert.Equal(valid, WeChatAesKey.IsValid(new string('A', length)));

    [Fact]
    public void EncodingAESKey_must_be_letters_and_digits() =>
        Assert.False(WeChatAesKey.IsValid("abcdefghijklmnopqrstuvwxyz0123456789ABCDE+/"));

    [Theory]
    [InlineData(new byte[] { 1, 2, 3, 3, 3 }, 2)]
    [InlineData(new byte[] { 9, 0 }, -1)]
    [InlineData(new byte[] { 9, 33 }, -1)]
    [InlineData(new byte[] { 9, 2, 3 }, -1)]
    public void Unpadding_accepts_only_a_consistent_1_to_32_tail(byte[] data, int expected) =>
        Assert.Equal(expected, Pkcs7Padding32.UnpaddedLength(data));

    [Fact]
    public void A_pad_of_32_is_a_whole_block()
    {
        var padded = Pkcs7Padding32.Pad(new byte[64]);
        Assert.Equal(96, padded.Length);
        Assert.All(padded[64..], b => Assert.Equal(32, b));
        Assert.Equal(64, Pkcs7Padding32.UnpaddedLength(padded));
    }

    private static string Forge(byte[] msg, int declaredLength)
    {
        var app = Encoding.ASCII.GetBytes(AppId);
        var full = new byte[20 + msg.Length + app.Length];
        BinaryPrimitives.WriteInt32BigEndian(full.AsSpan(16, 4), declaredLength);
        msg.CopyTo(full, 20);
        app.CopyTo(full, 20 + msg.Length);
        using var aes = Aes.Create();
        aes.Key = Key.Key;
        return Convert.ToBase64String(aes.EncryptCbc(Pkcs7Padding32.Pad(full), Key.Iv, PaddingMode.None));
    }
}
