namespace Bellwether.Sample.Input;

/// <summary>The metadata that plain-text article files do not carry (<c>articles.json</c> beside them).</summary>
internal sealed record SeedManifest(IReadOnlyList<SeedEntry> Articles);

/// <summary>One article file and its metadata.</summary>
internal sealed record SeedEntry(string File, string Id, string Title, string? Source, DateTimeOffset? PublishedAt, Uri? Url);
