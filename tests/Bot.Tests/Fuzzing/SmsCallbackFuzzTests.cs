using System.Text;
using Microsoft.AspNetCore.Http;
using ZeroWork.Bot.Sms.Hooks;

namespace ZeroWork.Bot.Tests.Fuzzing;

/// <summary>The JSON side: SMS reply and receipt callbacks through the same bounded read and item parsers the hooks use.</summary>
public sealed class SmsCallbackFuzzTests
{
    private const string Reply = """{"extend":"","mobile":"13900001111","nationcode":"86","sign":"襄阳零工","text":"明天有空 会瓦工","time":1714112445}""";

    private const string Receipts = """[{"user_receive_time":"2026-11-26 09:00:00","nationcode":"86","mobile":"13900001111","report_status":"SUCCESS","errmsg":"DELIVRD","description":"用户短信接收成功","sid":"2019:1","ext":{"session":"outbox:12"}}]""";

    [Theory]
    [InlineData(Reply, 20261126)]
    [InlineData(Receipts, 20261127)]
    public async Task Mutated_callbacks_are_read_or_refused_and_every_item_is_parsed_or_skipped(string sample, int seed)
    {
        var random = new Random(seed);
        foreach (var text in FuzzInputs.Mutations(sample, seed))
        {
            var bytes = Encoding.UTF8.GetBytes(text);

            // Every fourth input also has raw byte damage: broken UTF-8 must be refused like any other bad body.
            if (random.Next(4) == 0 && bytes.Length > 0)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100);
            }

            var request = new DefaultHttpContext().Request;
            request.Body = new MemoryStream(bytes);
            request.ContentLength = bytes.Length;

            var (document, status) = await CallbackBody.ReadAsync(request, CancellationToken.None);
            if (document is null)
            {
                Assert.True(status is StatusCodes.Status400BadRequest or StatusCodes.Status413PayloadTooLarge);
                continue;
            }

            using (document)
            {
                foreach (var item in CallbackBody.Items(document.RootElement))
                {
                    var (envelope, skip) = SmsReplyParser.Parse(item);
                    Assert.True(envelope is not null || !string.IsNullOrEmpty(skip));
                    var (receipt, why) = SmsReceiptParser.Parse(item);
                    Assert.True(receipt is not null || !string.IsNullOrEmpty(why));
                }
            }
        }
    }
}
