using System.Diagnostics;
using ZeroWork.Bot.WeChat.Messages;
using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Bot.Tests.Fuzzing;

public sealed class WeChatReaderFuzzTests
{
    private const string Sample = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o-user]]></FromUserName><CreateTime>1714112445</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[明天要2个小工]]></Content><MsgId>6054768590064713728</MsgId></xml>";

    [Fact]
    public void Mutated_xml_is_parsed_or_refused_never_thrown_and_never_slow()
    {
        var slowest = TimeSpan.Zero;
        foreach (var input in FuzzInputs.Mutations(Sample, seed: 20261126))
        {
            var watch = Stopwatch.StartNew();
            var fields = SafeXml.TryParse(input, out var error);
            if (fields is not null)
            {
                _ = WeChatMessageParser.TryParse(fields, out _);
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(error));
            }

            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
        }

        // A bound against pathological blow-ups (entity expansion, deep nesting), not a speed goal.
        Assert.True(slowest < TimeSpan.FromSeconds(2), $"slowest input took {slowest}");
    }

    [Fact]
    public void Entity_expansion_and_external_entities_are_refused()
    {
        const string bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><xml><Content>&lol2;</Content></xml>";
        const string xxe = "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><xml><Content>&xxe;</Content></xml>";

        Assert.Null(SafeXml.TryParse(bomb, out _));
        Assert.Null(SafeXml.TryParse(xxe, out _));
    }

    [Fact]
    public void Random_ciphertexts_fail_to_decrypt_without_throwing()
    {
        var crypto = new WeChatCrypto(WeChatAesKey.Parse("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"), "wx0123456789abcdef");
        var random = new Random(7);
        var valid = crypto.Encrypt("<xml><Content>hi</Content></xml>");
        for (var i = 0; i < FuzzInputs.Iterations; i++)
        {
            var input = i % 2 == 0 ? FuzzInputs.Mutate(valid, random) : Convert.ToBase64String(RandomBytes(random));
            var result = crypto.Decrypt(input);
            Assert.True(result.Ok || result.Message is null);
        }
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 200)];
        random.NextBytes(bytes);
        return bytes;
    }
}
