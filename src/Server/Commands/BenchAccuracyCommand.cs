using System.Globalization;
using System.Text.Json;
using ZeroWork.Bot.Understanding;
using ZeroWork.Bot.Understanding.Evaluation;
using ZeroWork.Server.Cli;
using ZeroWork.Server.Parsing;

namespace ZeroWork.Server.Commands;

/// <summary>
/// <c>zerowork bench accuracy [--dev PATH] [--board PATH] [--show-errors N] [--check]</c>: scores the reader on the dev set and
/// on the board-style set in one run, per field as <c>eval/score.py</c> prints it, then both figures; the last line is one
/// JSON object. With <c>--check</c> it exits 1 when a set falls below its goal.
/// </summary>
public sealed class BenchAccuracyCommand : ICliCommand
{
    public string Name => "bench accuracy";

    public string Summary => "测量消息理解准确率：开发集与招工板风格集各自的槽位 F1 和意图准确率（--show-errors N 列出错误，--check 未达标时返回 1）";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var dev = CliOptions.Value(args, "--dev") ?? LabelledSets.Dev();
        var board = CliOptions.Value(args, "--board") ?? LabelledSets.BoardStyle();
        foreach (var (label, path) in new[] { ("开发集（--dev PATH，或设置 ZEROWORK_SHARED）", dev), ($"招工板风格集（--board PATH，或在仓库内运行：{LabelledSets.BoardStylePath}）", board) })
        {
            if (path is null || !File.Exists(path))
            {
                Console.Error.WriteLine($"zerowork bench accuracy: 找不到{label}");
                return Task.FromResult(66);
            }
        }

        var showErrors = int.TryParse(CliOptions.Value(args, "--show-errors"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var reader = new MessageReader();
        SetScore devScore, boardScore;
        try
        {
            devScore = LabelledSetScorer.Score(reader, File.ReadLines(dev!));
            boardScore = LabelledSetScorer.Score(reader, File.ReadLines(board!));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            Console.Error.WriteLine($"zerowork bench accuracy: 标注集格式不对：{ex.Message}");
            return Task.FromResult(65);
        }

        Print(Path.GetFileName(dev!), devScore, showErrors);
        Print(Path.GetFileName(board!), boardScore, showErrors);
        var devMet = devScore.SlotF1 >= AccuracyGoals.DevSlotF1 && devScore.IntentAccuracy >= AccuracyGoals.DevIntent;
        var boardMet = boardScore.SlotF1 >= AccuracyGoals.BoardSlotF1 && boardScore.IntentAccuracy >= AccuracyGoals.BoardIntent;
        Console.WriteLine($"开发集：槽位 F1 {devScore.SlotF1:0.000}，意图 {devScore.IntentAccuracy:0.000}（目标 {AccuracyGoals.DevSlotF1:0.00} / {AccuracyGoals.DevIntent:0.00}）{(devMet ? "达标" : "未达标")}");
        Console.WriteLine($"招工板风格集：槽位 F1 {boardScore.SlotF1:0.000}，意图 {boardScore.IntentAccuracy:0.000}（目标 {AccuracyGoals.BoardSlotF1:0.00} / {AccuracyGoals.BoardIntent:0.00}）{(boardMet ? "达标" : "未达标")}");
        Console.WriteLine(JsonSerializer.Serialize(new { dev = Figures(devScore), board_style = Figures(boardScore) }));
        return Task.FromResult(args.Contains("--check") && !(devMet && boardMet) ? 1 : 0);
    }

    private static object Figures(SetScore s) => new
    {
        messages = s.Messages,
        slot_f1 = Math.Round(s.SlotF1, 3),
        intent_acc = Math.Round(s.IntentAccuracy, 3),
    };

    /// <summary>The same table and summary lines as <c>score.py</c>, under the set's name.</summary>
    private static void Print(string name, SetScore s, int showErrors)
    {
        Console.WriteLine($"== {name}（{s.Messages} 条）");
        Console.WriteLine($"{"field",-10} {"prec",6} {"recall",6} {"f1",6}  gold");
        foreach (var f in s.Fields)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{f.Field,-10} {f.Precision,6:0.000} {f.Recall,6:0.000} {f.F1,6:0.000}  {f.Gold}"));
        }

        foreach (var e in s.Errors.Take(showErrors))
        {
            Console.WriteLine($"  {e.Id} {e.Field,-9} gold={e.Gold} got={e.Got} | {e.Text}");
        }

        var slots = s.Slots;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slot_precision={slots.Precision:0.000} slot_recall={slots.Recall:0.000}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slot_f1={s.SlotF1:0.000} intent_acc={s.IntentAccuracy:0.000}"));
    }
}
