using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bellwether.Core;

/// <summary>Source-generated JSON metadata for Bellwether's types (web defaults, enums as strings).</summary>
/// <remarks>A property missing from the JSON keeps its documented default; a null collection or string with a default reads as that default.</remarks>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(SignalCandidate))]
[JsonSerializable(typeof(IReadOnlyList<SignalCandidate>))]
[JsonSerializable(typeof(Signal))]
[JsonSerializable(typeof(IReadOnlyList<Signal>))]
[JsonSerializable(typeof(Brief))]
[JsonSerializable(typeof(ReaderProfile))]
[JsonSerializable(typeof(IngestResult))]
internal sealed partial class BellwetherJsonContext : JsonSerializerContext;
