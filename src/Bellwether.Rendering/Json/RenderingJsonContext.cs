using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bellwether.Rendering.Json;

/// <summary>Source-generated JSON metadata for the rendered documents (web defaults: camelCase, nulls written).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(BriefDocument))]
[JsonSerializable(typeof(SignalListDocument))]
[JsonSerializable(typeof(SignalPageDocument))]
internal sealed partial class RenderingJsonContext : JsonSerializerContext;
