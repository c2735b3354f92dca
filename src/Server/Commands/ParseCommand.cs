using System.Text;
using System.Text.Json;
using ZeroWork.Bot.Understanding;
using ZeroWork.Market.Time;
using ZeroWork.Server.Cli;
using ZeroWork.Server.Parsing;

namespace ZeroWork.Server.Commands;

/// <summary><c>zerowork parse &lt; in.jsonl &gt; out.jsonl</c>: one reading per input line, as <c>specs/parse-contract.md</c> fixes.</summary>
public sealed class ParseCommand : ICliCommand
{
    public string Name => "parse";

    public string Summary => "从标准输入逐行读取 JSON 消息，按解析约定逐行输出结构化结果";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        await using var stdout = Console.OpenStandardOutput();
        await RunAsync(input, stdout, new MessageReader(), TimeProvider.System, cancellationToken);
        return 0;
    }

    /// <summary>Reads JSON lines from <paramref name="input"/> and writes one reading line per non-blank input line; a bad line gets an <c>error</c> field, never an exception.</summary>
    internal static async Task RunAsync(TextReader input, Stream stdout, IMessageReader reader, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var output = new BufferedStream(stdout, 1 << 16);
        await using var json = new Utf8JsonWriter(output, ReadingJson.Options);
        string? line;
        while ((line = await input.ReadLineAsync(cancellationToken)) is not null)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (parsed, id, error) = ParseInput.FromLine(line, ChinaTime.Now(time));
            if (parsed is null)
            {
                ReadingJson.Write(json, id, new Reading(), error);
            }
            else
            {
                ReadingJson.Write(json, parsed.Id, reader.Read(parsed.Text, parsed.Channel, parsed.Now));
            }

            await json.FlushAsync(cancellationToken);
            json.Reset();
            output.WriteByte((byte)'\n');
        }

        await output.FlushAsync(cancellationToken);
    }
}
