using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ZeroWork.Bot.Outbound;
using ZeroWork.Bot.WeChat.Api;
using ZeroWork.Bot.WeChat.Outbound;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Tests.WeChat.Api;

/// <summary>The real API registration (options, resilient HttpClient, token provider, client, senders) with the fake API as the primary handler and every log line captured.</summary>
internal sealed class WeChatApiHarness : IDisposable
{
    public const string AppId = "wx2c2769f8efd9abc2";
    public const string Secret = "s3cr3t-app-secret-value";

    private readonly ServiceProvider provider;

    public WeChatApiHarness(Dictionary<string, string?>? settings = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["Bot:WeChat:AppId"] = AppId,
            ["Bot:WeChat:AppSecret"] = Secret,
            ["Bot:WeChat:ApiBaseUrl"] = "https://wechat.test",
            ["Bot:WeChat:RetryDelayMilliseconds"] = "0",
            ["Bot:WeChat:Templates:JobPush"] = "tpl-job-push",
            ["Bot:WeChat:TemplateFields:JobPush"] = "thing1, time2,amount3",
        };
        foreach (var (key, value) in settings ?? [])
        {
            config[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new CaptureProvider(Logs)));
        services.AddSingleton<TimeProvider>(Time);
        services.AddWeChatApi();
        services.AddHttpClient(WeChatApiTransport.ClientName).ConfigurePrimaryHttpMessageHandler(() => Api);
        services.AddSingleton<IOutboxSender, WeChatCustomSender>();
        services.AddSingleton<IOutboxSender, WeChatTemplateSender>();
        provider = services.BuildServiceProvider();
    }

    public FakeWeChatApi Api { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));

    public ConcurrentQueue<string> Logs { get; } = new();

    public WeChatApiClient Client => provider.GetRequiredService<WeChatApiClient>();

    public IOutboxSender Sender(OutboxChannel channel) => provider.GetServices<IOutboxSender>().Single(s => s.Channel == channel);

    public void Dispose() => provider.Dispose();

    private sealed class CaptureProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capture(logs);

        public void Dispose()
        {
        }
    }

    private sealed class Capture(ConcurrentQueue<string> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue(formatter(state, exception) + " " + exception);
    }
}
