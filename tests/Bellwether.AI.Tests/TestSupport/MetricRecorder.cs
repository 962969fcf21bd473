using System.Diagnostics.Metrics;

namespace Bellwether.AI.Tests.TestSupport;

/// <summary>Listens to the Bellwether.AI meter and sums each instrument's measurements by tag value.</summary>
internal sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, long Value, string? Tag)> _measurements = [];
    private readonly Lock _gate = new();

    public MetricRecorder(Meter meter)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? tag = null;
            foreach (var pair in tags)
            {
                tag = pair.Value?.ToString();
            }

            lock (_gate)
            {
                _measurements.Add((instrument.Name, value, tag));
            }
        });
        _listener.Start();
    }

    public long Sum(string instrument, string? tag = null)
    {
        lock (_gate)
        {
            return _measurements.Where(m => m.Instrument == instrument && (tag is null || m.Tag == tag)).Sum(m => m.Value);
        }
    }

    public void Dispose() => _listener.Dispose();
}
