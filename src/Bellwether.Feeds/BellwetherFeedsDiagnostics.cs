namespace Bellwether.Feeds;

/// <summary>Names under which Bellwether.Feeds publishes telemetry.</summary>
public static class BellwetherFeedsDiagnostics
{
    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/> counting feed reads, page fetches and failures.</summary>
    public const string MeterName = "Bellwether.Feeds";

    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/> tracing each feed read.</summary>
    public const string ActivitySourceName = "Bellwether.Feeds";

    /// <summary>The name of the <see cref="System.Net.Http.IHttpClientFactory"/> client the reader uses (add handlers to it by this name).</summary>
    public const string HttpClientName = "Bellwether.Feeds";
}
