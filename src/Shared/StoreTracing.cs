using System.Diagnostics;

namespace Bellwether.Storage.Internal;

/// <summary>
/// Source shared by the SQLite and PostgreSQL stores (linked into each, compiled internal to each): store calls as activities of the <c>Bellwether.Core</c> source (<see cref="BellwetherDiagnostics.ActivitySourceName"/>),
/// so that a listener of the pipeline's <c>bellwether.ingest</c> sees the store calls under it.
/// </summary>
internal static class StoreTracing
{
    private static readonly ActivitySource Source = new(BellwetherDiagnostics.ActivitySourceName);

    /// <summary>A <c>bellwether.store</c> activity of <paramref name="operation"/> on <paramref name="system"/> at <paramref name="location"/>, or null when nobody listens.</summary>
    public static Activity? Start(string system, string operation, string location)
    {
        var activity = Source.StartActivity("bellwether.store", ActivityKind.Client);
        activity?.SetTag("db.system.name", system);
        activity?.SetTag("db.operation.name", operation);
        activity?.SetTag("db.namespace", location);
        return activity;
    }

    /// <summary>The current store activity, if this code runs under one (not the pipeline's or any other).</summary>
    public static Activity? Current => Activity.Current is { OperationName: "bellwether.store" } current && current.Source == Source ? current : null;

    /// <summary>Marks <paramref name="activity"/> failed with the error's type.</summary>
    public static void Failed(Activity? activity, Exception error)
    {
        activity?.SetStatus(ActivityStatusCode.Error, error.Message);
        activity?.SetTag("error.type", error.GetType().FullName);
    }
}
