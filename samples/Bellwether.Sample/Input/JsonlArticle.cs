using System.Text.Json;

namespace Bellwether.Sample.Input;

/// <summary>
/// One line of a JSONL article stream (the evaluation set's shape: id, title, text, source, time, url, lang; section or
/// category). <see cref="Id"/> and <see cref="Time"/> are kept as JSON, since streams write them in several ways
/// (<see cref="JsonlFields"/> reads them).
/// </summary>
internal sealed record JsonlArticle(JsonElement? Id, string? Title, string? Text, string? Source, JsonElement? Time, string? Url, string? Lang, string? Section, string? Category);
