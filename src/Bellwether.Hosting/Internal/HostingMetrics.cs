using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bellwether.Hosting.Internal;

/// <summary>Bellwether.Hosting's instruments and activity source.</summary>
internal sealed class HostingMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly bool _ownsMeter;

    public HostingMetrics(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(BellwetherHostingDiagnostics.MeterName) ?? new Meter(BellwetherHostingDiagnostics.MeterName);
        Polls = _meter.CreateCounter<long>("bellwether.hosting.polls", "{poll}", "Feed polls, by status.");
        Briefs = _meter.CreateCounter<long>("bellwether.hosting.briefs", "{brief}", "Briefs composed, by outcome (delivered, silent, failed).");
    }

    public static ActivitySource ActivitySource { get; } = new(BellwetherHostingDiagnostics.ActivitySourceName);

    public Counter<long> Polls { get; }

    public Counter<long> Briefs { get; }

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
