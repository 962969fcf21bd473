using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bellwether.AI.Internal;

/// <summary>Source-generated JSON for the model's answers and the data handed to it.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = false, AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ExtractionAnswer))]
[JsonSerializable(typeof(AnalysisAnswer))]
[JsonSerializable(typeof(ArticleData))]
[JsonSerializable(typeof(SignalData))]
internal sealed partial class AIJsonContext : JsonSerializerContext;
