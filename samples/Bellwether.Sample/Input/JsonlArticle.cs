namespace Bellwether.Sample.Input;

/// <summary>One line of a JSONL article stream (the evaluation set's shape: id, title, text, source, time, url; section or category).</summary>
internal sealed record JsonlArticle(string? Id, string? Title, string? Text, string? Source, DateTimeOffset? Time, string? Url, string? Lang, string? Section, string? Category);
