using Microsoft.Extensions.Options;
using ZeroWork.Bot.Sms.Options;
using ZeroWork.Bot.Sms.Templates;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Tests.Sms;

public sealed class SmsComposerTests
{
    [Fact]
    public void Renders_the_catalogue_template_with_the_configured_provider_id_and_counts_the_signature()
    {
        var composition = Composer(new SmsOptions { SignName = "襄阳零工", Templates = { ["JobFull"] = "777" } })
            .Compose(Message("JobFull", "明天的瓦工"));

        Assert.Null(composition.Error);
        Assert.Equal("777", composition.TemplateId);
        Assert.Equal("很抱歉，明天的瓦工已招满，下次早点回复哦。", composition.Body);
        Assert.Equal(1, composition.Segments);
        Assert.Equal(0.045m, composition.Cost);
    }

    [Fact]
    public void Trims_each_variable_to_the_configured_limit()
    {
        var composition = Composer(new SmsOptions { MaxVariableLength = 6, Templates = { ["JobFull"] = "777" } })
            .Compose(Message("JobFull", "明天檀溪路的瓦工活"));

        Assert.Equal(["明天檀溪路…"], composition.Variables);
    }

    [Fact]
    public void Shortens_the_longest_variable_so_signature_and_body_fit_the_provider_maximum()
    {
        var composition = Composer(new SmsOptions { SignName = "襄阳零工", MaxMessageLength = 40, Templates = { ["Reply"] = "1" } })
            .Compose(Message("Reply", new string('字', 100)));

        Assert.Equal(40, SmsSegments.Length(SmsSegments.Signed("襄阳零工", composition.Body)));
        Assert.EndsWith("…", composition.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_variable_count_or_unknown_template_cannot_be_sent()
    {
        var composer = Composer(new SmsOptions { Templates = { ["JobFull"] = "777" } });

        Assert.Contains("需要 1 个变量", composer.Compose(Message("JobFull", "a", "b")).Error, StringComparison.Ordinal);
        Assert.Contains("不在模板目录", composer.Compose(Message("NoSuchTemplate", "a")).Error, StringComparison.Ordinal);
        Assert.Contains("没有模板", composer.Compose(new OutboxMessage { Channel = OutboxChannel.Sms, Text = "自由文本" }).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{1}", 1)]
    [InlineData("{1}{2}{3}，距您{4}，导航{5} 回1接单 回T退订", 5)]
    [InlineData("没有变量", 0)]
    [InlineData("{2}和{1}和{2}", 2)]
    public void Counts_template_variables(string text, int count) => Assert.Equal(count, SmsComposer.VariableCount(text));

    private static SmsComposer Composer(SmsOptions options) => new(new StaticMonitor(options));

    private static OutboxMessage Message(string template, params string[] variables) =>
        new() { Channel = OutboxChannel.Sms, Address = "13800138000", Template = template, Variables = variables, Text = "" };

    private sealed class StaticMonitor(SmsOptions value) : IOptionsMonitor<SmsOptions>
    {
        public SmsOptions CurrentValue => value;

        public SmsOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<SmsOptions, string?> listener) => null;
    }
}
