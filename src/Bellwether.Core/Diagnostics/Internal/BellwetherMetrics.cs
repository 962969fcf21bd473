using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bellwether.Core.Internal;

/// <summary>Bellwether's instruments, created from the host's <see cref="IMeterFactory"/> when there is one.</summary>
internal sealed class BellwetherMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly bool _ownsMeter;

    public BellwetherMetrics(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(BellwetherDiagnostics.MeterName) ?? new Meter(BellwetherDiagnostics.MeterName);
        ArticlesIngested = _meter.CreateCounter<long>("bellwether.articles.ingested", "{article}", "Articles ingested, by outcome.");
        SignalsCreated = _meter.CreateCounter<long>("bellwether.signals.created", "{signal}", "Signals created.");
        SignalsReinforced = _meter.CreateCounter<long>("bellwether.signals.reinforced", "{signal}", "Signals reinforced.");
        IngestDuration = _meter.CreateHistogram<double>("bellwether.ingest.duration", "s", "Time to ingest one article.");
        MatchTurnWait = _meter.CreateHistogram<double>("bellwether.match_turn.wait", "s", "Time an ingest waited for the store's matching turn.");
        CheckpointDuration = _meter.CreateHistogram<double>("bellwether.checkpoint.duration", "s", "Time to take (in the matching turn) or save (after it) a checkpoint of the matcher's index.");
        CheckpointSize = _meter.CreateHistogram<long>("bellwether.checkpoint.size", "By", "Size of each checkpoint of the matcher's index taken.");
        ActivitySource = new ActivitySource(BellwetherDiagnostics.ActivitySourceName);
    }

    public Counter<long> ArticlesIngested { get; }

    public Counter<long> SignalsCreated { get; }

    public Counter<long> SignalsReinforced { get; }

    public Histogram<double> IngestDuration { get; }

    /// <summary>The wait for <see cref="ISignalStore.AcquireMatchTurnAsync"/>: long waits mean workers queue to match.</summary>
    public Histogram<double> MatchTurnWait { get; }

    /// <summary>Taking (tag <c>stage</c> = <c>take</c>, in the turn) and saving (<c>save</c>) a checkpoint: what an interval costs.</summary>
    public Histogram<double> CheckpointDuration { get; }

    /// <summary>The bytes of each checkpoint taken: grows with the live index.</summary>
    public Histogram<long> CheckpointSize { get; }

    public ActivitySource ActivitySource { get; }

    public void Dispose()
    {
        ActivitySource.Dispose();
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
