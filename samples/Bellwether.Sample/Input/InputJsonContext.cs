using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bellwether.Sample.Input;

/// <summary>Source-generated JSON for the sample's input formats.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SeedManifest))]
[JsonSerializable(typeof(JsonlArticle))]
internal sealed partial class InputJsonContext : JsonSerializerContext;
