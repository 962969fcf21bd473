using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bellwether.Feeds.Internal;

/// <summary>Bellwether.Feeds' instruments and activity source, created from the host's <see cref="IMeterFactory"/> when there is one.</summary>
internal sealed class FeedsMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly bool _ownsMeter;

    public FeedsMetrics(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(BellwetherFeedsDiagnostics.MeterName) ?? new Meter(BellwetherFeedsDiagnostics.MeterName);
        Reads = _meter.CreateCounter<long>("bellwether.feeds.reads", "{read}", "Feed reads, by status (read, not-modified, failed).");
        Items = _meter.CreateCounter<long>("bellwether.feeds.items", "{item}", "New feed items turned into articles, by text origin.");
    }

    public static ActivitySource ActivitySource { get; } = new(BellwetherFeedsDiagnostics.ActivitySourceName);

    public Counter<long> Reads { get; }

    public Counter<long> Items { get; }

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
