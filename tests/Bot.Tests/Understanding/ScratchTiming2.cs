using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class ScratchTiming2(ITestOutputHelper output)
{
    [Fact]
    public void Time_each_regex()
    {
        var texts = File.ReadLines("/work/shared/eval/dev.jsonl").Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray();
        var norm = texts.Select(Normalizer.Normalize).ToArray();
        foreach (var type in typeof(MessageReader).Assembly.GetTypes().Where(t => t.Namespace == "ZeroWork.Bot.Understanding"))
        {
            foreach (var m in type.GetMethods(BindingFlags.NonPublic | BindingFlags.Static).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0))
            {
                var rx = (Regex)m.Invoke(null, null)!;
                for (var i = 0; i < texts.Length; i++) rx.Count(norm[i].Numeric);
                var sw = Stopwatch.StartNew();
                for (var r = 0; r < 20; r++) for (var i = 0; i < texts.Length; i++) rx.Count(norm[i].Numeric);
                output.WriteLine($"{type.Name}.{m.Name}: {sw.Elapsed.TotalMicroseconds / (20 * texts.Length):0.00} us");
            }
        }
    }
}
