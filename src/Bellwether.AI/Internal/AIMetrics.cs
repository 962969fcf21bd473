using System.Diagnostics.Metrics;

namespace Bellwether.AI.Internal;

/// <summary>Bellwether.AI's instruments, created from the host's <see cref="IMeterFactory"/> when there is one.</summary>
internal sealed class AIMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly bool _ownsMeter;

    public AIMetrics(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(BellwetherAIDiagnostics.MeterName) ?? new Meter(BellwetherAIDiagnostics.MeterName);
        InputTokens = _meter.CreateCounter<long>("bellwether.ai.tokens.input", "{token}", "Tokens sent to the model, by operation.");
        OutputTokens = _meter.CreateCounter<long>("bellwether.ai.tokens.output", "{token}", "Tokens the model answered with, by operation.");
        Retries = _meter.CreateCounter<long>("bellwether.ai.retries", "{request}", "Requests tried again after a malformed answer or a transient error.");
        Failures = _meter.CreateCounter<long>("bellwether.ai.failures", "{request}", "Requests that gave no usable answer within the allowed attempts.");
        Dropped = _meter.CreateCounter<long>("bellwether.ai.dropped", "{item}", "Parts of answers dropped by validation, by kind (quote, region, topic, domain, signal, text).");
    }

    /// <summary>The meter holding the instruments.</summary>
    public Meter Meter => _meter;

    public Counter<long> InputTokens { get; }

    public Counter<long> OutputTokens { get; }

    public Counter<long> Retries { get; }

    public Counter<long> Failures { get; }

    public Counter<long> Dropped { get; }

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
