using Bellwether.Feeds;
using Bellwether.Hosting.Internal;
using Bellwether.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bellwether.Hosting;

/// <summary>Adds the Bellwether service to a Generic Host.</summary>
public static class HostingBuilderExtensions
{
    /// <summary>
    /// Adds the hosted service that polls <see cref="BellwetherServiceOptions.Feeds"/> and delivers each reader's brief
    /// at their scheduled local time, with the feed reader (<see cref="FeedsServiceCollectionExtensions.AddBellwetherFeeds"/>),
    /// the renderers, e-mail and folder deliveries and an <see cref="IReaderStateStore"/> (all with <c>TryAdd</c>).
    /// Options are validated at start, each message naming the bad feed or reader.
    /// </summary>
    public static IBellwetherBuilder AddBellwetherService(this IBellwetherBuilder builder, Action<BellwetherServiceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (configure is not null)
        {
            services.Configure(configure);
        }

        builder.AddRendering();
        services.AddBellwetherFeeds();
        services.AddOptions<BellwetherServiceOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BellwetherServiceOptions>, ServiceOptionsRules>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HostingMetrics>();
        services.TryAddSingleton<IReaderStateStore>(sp => Options(sp).StateFile is { } path ? new FileReaderStateStore(path) : new InMemoryReaderStateStore());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBriefDelivery, SmtpBriefDelivery>(sp => new SmtpBriefDelivery(
            Options(sp), sp.GetRequiredService<HtmlRenderer>(), sp.GetRequiredService<PlainTextRenderer>())));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBriefDelivery, FolderBriefDelivery>(sp => new FolderBriefDelivery(
            Options(sp), sp.GetRequiredService<HtmlRenderer>(), sp.GetRequiredService<PlainTextRenderer>(), sp.GetRequiredService<MarkdownRenderer>(),
            sp.GetRequiredService<StaticSiteWriter>(), sp.GetRequiredService<ISignalStore>())));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, BellwetherWorker>(sp => new BellwetherWorker(
            Options(sp),
            sp.GetRequiredService<IFeedReader>(),
            sp.GetRequiredService<ISignalPipeline>(),
            sp.GetRequiredService<IBriefComposer>(),
            sp.GetRequiredService<IReaderStateStore>(),
            sp.GetServices<IBriefDelivery>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<HostingMetrics>(),
            sp.GetService<ILogger<BellwetherWorker>>() ?? NullLogger<BellwetherWorker>.Instance)));
        return builder;
    }

    private static BellwetherServiceOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<BellwetherServiceOptions>>().Value;
}
