namespace Bellwether.Feeds.Internal;

/// <summary>A feed as parsed, before mapping: only what the mapping needs.</summary>
internal sealed record ParsedFeed(string? Title, string? Language, IReadOnlyList<ParsedItem> Items);

/// <summary>One item as parsed; <see cref="Text"/> is HTML or plain text as the feed gave it.</summary>
internal sealed record ParsedItem(string? Id, Uri? Link, string? Title, string? Text, DateTimeOffset? Published, string? Category, string? Language);
