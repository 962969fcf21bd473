namespace Bellwether.Hosting;

/// <summary>Names under which Bellwether.Hosting publishes telemetry.</summary>
public static class BellwetherHostingDiagnostics
{
    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/> counting polls, briefs and deliveries.</summary>
    public const string MeterName = "Bellwether.Hosting";

    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/> tracing each poll and brief.</summary>
    public const string ActivitySourceName = "Bellwether.Hosting";
}
