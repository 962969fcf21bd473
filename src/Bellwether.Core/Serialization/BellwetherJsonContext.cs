using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bellwether.Core;

/// <summary>Source-generated JSON metadata for Bellwether's types (web defaults, enums as strings).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(SignalCandidate))]
[JsonSerializable(typeof(IReadOnlyList<SignalCandidate>))]
[JsonSerializable(typeof(Signal))]
[JsonSerializable(typeof(IReadOnlyList<Signal>))]
[JsonSerializable(typeof(Brief))]
[JsonSerializable(typeof(ReaderProfile))]
[JsonSerializable(typeof(IngestResult))]
public sealed partial class BellwetherJsonContext : JsonSerializerContext;
