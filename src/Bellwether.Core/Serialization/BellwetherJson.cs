using System.Text.Json;

namespace Bellwether.Core;

/// <summary>The JSON form of Bellwether's models: web defaults, enums as the seed page writes them (<c>structural</c>, <c>event-driven</c>), nulls left out.</summary>
/// <remarks>
/// The options are read-only and source-generated, so they work under trimming and native AOT:
/// <c>JsonSerializer.Serialize(signal, BellwetherJson.Options.GetTypeInfo(typeof(Signal)))</c>.
/// They know <see cref="Article"/>, <see cref="SignalCandidate"/>, <see cref="Signal"/>, <see cref="Brief"/>,
/// <see cref="ReaderProfile"/>, <see cref="IngestResult"/>, and read-only lists of signals and of candidates. A property missing from the JSON keeps its documented default.
/// </remarks>
public static class BellwetherJson
{
    /// <summary>The read-only serializer options for Bellwether's models.</summary>
    public static JsonSerializerOptions Options => BellwetherJsonContext.Default.Options;
}
