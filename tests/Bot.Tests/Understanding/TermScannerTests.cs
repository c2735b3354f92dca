using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class TermScannerTests
{
    private static readonly TermScanner<string> Scanner = new([("电工", "electrician"), ("电焊", "welder"), ("电焊工", "welder"), ("小工", "helper"), ("工", "worker")]);

    [Fact]
    public void Finds_the_longest_term_left_to_right_without_overlap()
    {
        var found = Scanner.Scan("明天要电焊工两个 小工三个");
        Assert.Equal([("电焊工", 3, "welder"), ("小工", 9, "helper")], found.Select(f => (f.Term, f.Start, f.Value)));
    }

    [Fact]
    public void A_range_scan_keeps_to_its_range()
    {
        const string text = "电工 小工 电焊";
        Assert.Equal(["小工"], Scanner.Scan(text, 2, 5).Select(f => f.Term));
        Assert.Empty(Scanner.Scan(text, 3, 4));
        Assert.Equal(["工"], Scanner.Scan(text, 4, 5).Select(f => f.Term));
    }

    [Fact]
    public void Text_without_any_first_character_finds_nothing()
    {
        Assert.Empty(Scanner.Scan("明天有空 住卧龙 13912345678"));
        Assert.False(Scanner.Occurs("明天有空 住卧龙 13912345678"));
    }

    [Fact]
    public void Occurs_needs_a_whole_term_not_just_its_first_character()
    {
        var scanner = new TermScanner<int>([("钢筋工", 1)]);
        Assert.False(scanner.Occurs("钢筋 钢材 钢筋 "));
        Assert.True(scanner.Occurs("钢筋 钢材 钢筋工"));
        Assert.Equal(6, Assert.Single(scanner.Scan("钢筋 钢材 钢筋工")).Start);
    }
}
