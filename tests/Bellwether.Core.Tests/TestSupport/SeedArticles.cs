using System.Text.Json;

namespace Bellwether.Core.Tests.TestSupport;

/// <summary>The two bundled seed articles, read with the titles, sources and dates of <c>seeds/articles.json</c>.</summary>
internal static class SeedArticles
{
    public static List<Article> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "seeds");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "articles.json")));
        return [.. manifest.RootElement.GetProperty("articles").EnumerateArray().Select(entry =>
        {
            var title = entry.GetProperty("title").GetString()!;
            var lines = File.ReadAllLines(Path.Combine(folder, entry.GetProperty("file").GetString()!));
            return new Article
            {
                Id = entry.GetProperty("id").GetString()!,
                Title = title,
                Text = string.Join('\n', lines[0].Trim() == title ? lines.Skip(1) : lines).Trim(),
                Source = entry.GetProperty("source").GetString(),
                PublishedAt = entry.GetProperty("publishedAt").GetDateTimeOffset(),
            };
        })];
    }
}
