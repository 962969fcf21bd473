using System.Collections.Concurrent;
using Bellwether.Hosting.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.Hosting.Tests;

/// <summary>Records every delivered brief with the fake time it was delivered at.</summary>
internal sealed class RecordingDelivery(TimeProvider time) : IBriefDelivery
{
    public ConcurrentQueue<(string Reader, Brief Brief, DateTimeOffset At)> Delivered { get; } = new();

    public string Name => "recording";

    public bool AppliesTo(ReaderSettings reader) => true;

    public ValueTask DeliverAsync(ReaderSettings reader, Brief brief, CancellationToken cancellationToken = default)
    {
        Delivered.Enqueue((reader.Name, brief, time.GetUtcNow()));
        return ValueTask.CompletedTask;
    }
}

/// <summary>Starts the real service in a Generic Host on a <see cref="FakeTimeProvider"/>, sharing stores across restarts.</summary>
internal sealed class ServiceHarness
{
    public ServiceHarness(DateTimeOffset start)
    {
        Time = new FakeTimeProvider(start);
        Delivery = new RecordingDelivery(Time);
    }

    public FakeTimeProvider Time { get; }

    public RecordingDelivery Delivery { get; }

    public IReaderStateStore States { get; set; } = new InMemoryReaderStateStore();

    public ISignalStore? Store { get; private set; }

    /// <summary>Every log line of every host built, in order.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    /// <summary>Starts <paramref name="host"/> and waits until its worker has read the clock and its schedules, so that moving the fake clock afterwards is seen.</summary>
    public async Task StartAsync(IHost host)
    {
        var started = Log.Count(l => l.StartsWith("Service started", StringComparison.Ordinal));
        await host.StartAsync();
        await WaitUntilAsync(() => Task.FromResult(Log.Count(l => l.StartsWith("Service started", StringComparison.Ordinal)) > started), "the worker has started");
    }

    public IHost Build(Action<BellwetherServiceOptions> configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddProvider(new QueueLoggerProvider(Log));
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddSingleton(States);
        builder.Services.AddSingleton<IBriefDelivery>(Delivery);
        if (Store is not null)
        {
            builder.Services.AddSingleton(Store);
        }

        builder.Services.AddBellwether().AddBellwetherService(o =>
        {
            o.PollJitter = TimeSpan.Zero;
            configure(o);
        });
        var host = builder.Build();
        Store = host.Services.GetRequiredService<ISignalStore>();
        return host;
    }

    /// <summary>Ingests a made-up report through the host's pipeline, dated now.</summary>
    public static async Task IngestAsync(IHost host, string id, string subject)
    {
        var time = host.Services.GetRequiredService<TimeProvider>();
        var result = await host.Services.GetRequiredService<ISignalPipeline>().IngestAsync(new Article
        {
            Id = id,
            Title = $"{subject} to build a $12 billion chip plant in Dresden",
            Text = string.Join(' ', Bellwether.Tests.Web.FeedFixtures.Paragraphs(id, subject)),
            Source = "Test Wire " + id,
            PublishedAt = time.GetUtcNow(),
        });
        result.Outcome.Should().Be(IngestOutcome.Ingested);
    }

    /// <summary>Waits (in real time) until <paramref name="condition"/> holds.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Timed out waiting until " + what);
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Lets the worker reach its sleep after the fake clock moved (real time; no fake time passes).</summary>
    public static Task SettleAsync() => Task.Delay(300);
}

/// <summary>Collects formatted log lines.</summary>
internal sealed class QueueLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new QueueLogger(lines);

    public void Dispose()
    {
    }

    private sealed class QueueLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Enqueue(formatter(state, exception));
            }
        }
    }
}
