namespace Bellwether.AI;

/// <summary>Names under which Bellwether.AI publishes telemetry.</summary>
public static class BellwetherAIDiagnostics
{
    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/> with token usage, retries and dropped answer parts.</summary>
    public const string MeterName = "Bellwether.AI";
}
