using System.Diagnostics;
using System.Text;
using ZeroWork.Bot.Understanding;
using ZeroWork.Server.Parsing;

namespace ZeroWork.Server.Commands;

/// <summary>
/// The intrinsic cost of single readings, apart from the machine: each message is timed many times and its best run
/// kept, so a collection or a scheduler stall on a shared core does not count against the reader. Besides the bench's
/// own messages it times inputs built to be slow: each message repeated up to the reader's 2,000-character cap, and
/// seeded random text dense in the characters the extractors key on (digits, numerals, units, cues, place names).
/// </summary>
internal static class ParseWorstCase
{
    // The reader's input cap (Normalizer.MaxLength, internal to Bot): longer input is cut before reading.
    private const int MaxLength = 2000;

    private const string Dense = "0123456789一二三四五六七八九十百千万两半元块天日月小时点号岁人个名位招要找住在到去村镇街路区县市工师傅姐哥电话微信包吃住日结以上左右至到-~、，。 \n";

    public sealed record Slowest(double Micros, int Length);

    /// <summary>The slowest of the messages as they are, of the messages repeated to the cap, and of random dense text.</summary>
    public static (Slowest Message, Slowest Repeated, Slowest Random) Measure(MessageReader reader, IReadOnlyList<ParseInput> inputs, int runs)
    {
        var message = new Slowest(0, 0);
        var repeated = new Slowest(0, 0);
        foreach (var m in inputs)
        {
            message = Worse(message, Time(reader, m, m.Text, runs), m.Text.Length);
            repeated = Worse(repeated, Time(reader, m, Repeat(m.Text), runs), MaxLength);
        }

        var random = new Random(20261204);
        var dense = new Slowest(0, 0);
        for (var i = 0; i < 200; i++)
        {
            dense = Worse(dense, Time(reader, inputs[0], RandomDense(random), runs), MaxLength);
        }

        return (message, repeated, dense);
    }

    private static Slowest Worse(Slowest worst, double micros, int length) =>
        micros > worst.Micros ? worst with { Micros = micros, Length = length } : worst;

    private static double Time(MessageReader reader, ParseInput input, string text, int runs)
    {
        var best = long.MaxValue;
        for (var r = 0; r < runs; r++)
        {
            var t0 = Stopwatch.GetTimestamp();
            reader.Read(text, input.Channel, input.Now);
            best = Math.Min(best, Stopwatch.GetTimestamp() - t0);
        }

        return best * 1e6 / Stopwatch.Frequency;
    }

    private static string Repeat(string text)
    {
        var sb = new StringBuilder(MaxLength + text.Length + 1);
        while (sb.Length < MaxLength)
        {
            sb.Append(text).Append(' ');
        }

        return sb.ToString(0, MaxLength);
    }

    private static string RandomDense(Random random)
    {
        var chars = new char[MaxLength];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Dense[random.Next(Dense.Length)];
        }

        return new string(chars);
    }
}
