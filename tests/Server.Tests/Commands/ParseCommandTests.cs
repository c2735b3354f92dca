using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ZeroWork.Bot.Understanding;
using ZeroWork.Server.Commands;

namespace ZeroWork.Server.Tests.Commands;

public sealed class ParseCommandTests
{
    private static readonly string[] ContractFields = ["id", "intent", "skills", "headcount", "pay_min", "pay_max", "pay_unit", "date", "time", "district", "place", "phone", "name", "age"];

    private static async Task<List<JsonElement>> Run(params string[] lines)
    {
        using var input = new StringReader(string.Join('\n', lines));
        using var output = new MemoryStream();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero));
        await ParseCommand.RunAsync(input, output, new MessageReader(), time, CancellationToken.None);
        return [.. Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    [Fact]
    public async Task Writes_every_contract_field_in_snake_case()
    {
        var rows = await Run("""{"id":"x1","channel":"sms","text":"明早7点檀溪路工地要俩小工 180一天 电话139 1234 5678","now":"2026-11-26T09:00:00+08:00"}""");
        var row = Assert.Single(rows);
        foreach (var field in ContractFields)
        {
            Assert.True(row.TryGetProperty(field, out _), field);
        }

        Assert.Equal("x1", row.GetProperty("id").GetString());
        Assert.Equal("post_job", row.GetProperty("intent").GetString());
        Assert.Equal(2, row.GetProperty("headcount").GetInt32());
        Assert.Equal(180m, row.GetProperty("pay_min").GetDecimal());
        Assert.Equal("2026-11-27", row.GetProperty("date").GetString());
        Assert.Equal("13912345678", row.GetProperty("phone").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("age").ValueKind);
        Assert.True(row.GetProperty("lng").GetDouble() > 112);
    }

    [Fact]
    public async Task Bad_lines_get_an_error_and_the_rest_goes_on()
    {
        var rows = await Run("not json", """{"id":"b"}""", "", """{"id":42,"text":"1","now":"yesterday"}""", """{"id":"ok","text":"T"}""");
        Assert.Equal(4, rows.Count);
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("id").ValueKind);
        Assert.True(rows[0].TryGetProperty("error", out _));
        Assert.Equal("b", rows[1].GetProperty("id").GetString());
        Assert.True(rows[1].TryGetProperty("error", out _));
        Assert.Equal(42, rows[2].GetProperty("id").GetInt32());
        Assert.True(rows[2].TryGetProperty("error", out _));
        Assert.Equal("unsubscribe", rows[3].GetProperty("intent").GetString());
        Assert.False(rows[3].TryGetProperty("error", out _));
    }

    [Fact]
    public async Task Missing_now_uses_the_clock()
    {
        var row = Assert.Single(await Run("""{"id":"n","text":"明天有空"}"""));
        Assert.Equal("2026-11-27", row.GetProperty("date").GetString());
    }
}
