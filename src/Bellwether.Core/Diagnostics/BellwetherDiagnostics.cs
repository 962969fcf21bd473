namespace Bellwether.Core;

/// <summary>Names under which Bellwether publishes telemetry.</summary>
public static class BellwetherDiagnostics
{
    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/> with Bellwether's instruments.</summary>
    public const string MeterName = "Bellwether.Core";

    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/> that traces ingestion and the stores' calls.</summary>
    public const string ActivitySourceName = "Bellwether.Core";
}
