using System.Net;
using System.Text;
using Bellwether.Feeds.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace Bellwether.Feeds;

/// <summary>Registers the feed reader.</summary>
public static class FeedsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IFeedReader"/> (with <c>TryAdd</c>) and its <see cref="IHttpClientFactory"/> client
    /// <see cref="BellwetherFeedsDiagnostics.HttpClientName"/>: the standard resilience pipeline per host (attempt
    /// timeout, jittered exponential retries honouring <c>Retry-After</c>, circuit breaker), the <c>User-Agent</c>, a
    /// redirect limit and decompression. <see cref="FeedOptions"/> are validated at start.
    /// </summary>
    public static IServiceCollection AddBellwetherFeeds(this IServiceCollection services, Action<FeedOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddOptionsWithValidateOnStart<FeedOptions, FeedOptionsValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FeedOptions>, FeedOptionsRules>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FeedsMetrics>();
        services.TryAddSingleton(sp => new HostGate(Options(sp)));
        services.TryAddSingleton(sp => new HttpFetcher(sp.GetRequiredService<IHttpClientFactory>(), Options(sp), sp.GetRequiredService<HostGate>()));
        services.TryAddSingleton<IFeedReader>(sp => new FeedReader(
            sp.GetRequiredService<HttpFetcher>(),
            Options(sp),
            sp.GetRequiredService<FeedsMetrics>(),
            sp.GetService<ILogger<FeedReader>>() ?? NullLogger<FeedReader>.Instance,
            sp.GetService<ISignalStore>()));

        if (services.Any(d => d.ServiceType == typeof(FeedsMarker)))
        {
            return services;
        }

        services.AddSingleton<FeedsMarker>();
        var client = services.AddHttpClient(BellwetherFeedsDiagnostics.HttpClientName, (sp, http) =>
            {
                http.DefaultRequestHeaders.UserAgent.ParseAdd(Options(sp).UserAgent);
                http.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.1");
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var options = Options(sp);
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = options.MaxRedirects > 0,
                    MaxAutomaticRedirections = Math.Max(1, options.MaxRedirects),
                    AutomaticDecompression = DecompressionMethods.All,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    ConnectTimeout = options.AttemptTimeout,
                };
            });
        var resilience = client.AddStandardResilienceHandler();
        resilience.SelectPipelineByAuthority();
        services.AddOptions<HttpStandardResilienceOptions>(resilience.PipelineName).Configure<IOptions<FeedOptions>>((r, feeds) =>
        {
            var options = feeds.Value;
            r.AttemptTimeout.Timeout = options.AttemptTimeout;
            r.Retry.MaxRetryAttempts = Math.Max(1, options.MaxRetries);
            if (options.MaxRetries == 0)
            {
                r.Retry.ShouldHandle = _ => PredicateResult.False();
            }

            r.Retry.Delay = options.RetryDelay;
            r.Retry.BackoffType = DelayBackoffType.Exponential;
            r.Retry.UseJitter = true;
            r.Retry.ShouldRetryAfterHeader = true;
            r.Retry.MaxDelay = TimeSpan.FromMinutes(2);
            r.TotalRequestTimeout.Timeout = (options.AttemptTimeout * (options.MaxRetries + 1)) + TimeSpan.FromMinutes(3);
            r.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, (options.AttemptTimeout * 2).Ticks + TimeSpan.TicksPerSecond));
        });
        return services;
    }

    private static FeedOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<FeedOptions>>().Value;

    /// <summary>Marks the HTTP client as registered, so a second call adds no second pipeline.</summary>
    private sealed class FeedsMarker;
}
