using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;
using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class ScratchTiming(ITestOutputHelper output)
{
    [Fact]
    public void Time_each_extractor()
    {
        var texts = File.ReadLines("/work/shared/eval/dev.jsonl").Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray();
        var norm = texts.Select(Normalizer.Normalize).ToArray();
        var today = new DateOnly(2026, 11, 26);
        void T(string name, Action<int> a)
        {
            for (var i = 0; i < texts.Length; i++) a(i);
            var p = Process.GetCurrentProcess();
            var c0 = p.TotalProcessorTime;
            for (var r = 0; r < 50; r++) for (var i = 0; i < texts.Length; i++) a(i);
            p.Refresh();
            output.WriteLine($"{name}: {(p.TotalProcessorTime - c0).TotalMicroseconds / (50 * texts.Length):0.0} us cpu");
        }

        T("normalize", i => Normalizer.Normalize(texts[i]));
        T("clean", i => Normalizer.Clean(texts[i]));
        T("typos", i => Normalizer.FixTypos(norm[i].Plain));
        T("numerals", i => ChineseNumerals.ToDigits(norm[i].Plain));
        T("skills", i => SkillExtractor.Extract(norm[i].Plain));
        T("phone", i => PhoneExtractor.Extract(norm[i].Numeric));
        T("place", i => PlaceExtractor.Extract(norm[i].Plain));
        T("date", i => DateExtractor.Extract(norm[i].Numeric, today));
        T("time", i => TimeExtractor.Extract(norm[i].Numeric));
        T("pay", i => PayExtractor.Extract(norm[i].Numeric));
        T("head", i => HeadcountExtractor.Extract(norm[i].Numeric));
        T("name", i => NameExtractor.Extract(norm[i].Plain));
        T("age", i => AgeExtractor.Extract(norm[i].Numeric));
        T("intent", i => IntentClassifier.Classify(norm[i], [], false));
        var reader = new MessageReader();
        T("all", i => reader.Read(texts[i], "sms", DateTimeOffset.Now));
    }
}
