using System.Text.Json;

namespace Bellwether.Core.Internal;

/// <summary>A signal as a store's JSON column holds it: compact, through the source-generated context.</summary>
internal static class StoredSignalJson
{
    private static readonly BellwetherJsonContext Context = new(new JsonSerializerOptions(BellwetherJsonContext.Default.Options) { WriteIndented = false });

    public static string Serialize(Signal signal) => JsonSerializer.Serialize(signal, Context.Signal);

    public static Signal Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.Signal) ?? throw new JsonException("A stored signal is null.");
}
