using System.Text.Json;

namespace Bellwether.Core.Tests.TestSupport;

/// <summary>The two seed input articles, read from the repo's seeds/ folder with their manifest metadata.</summary>
internal static class SeedArticles
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "seeds");

    public static IReadOnlyList<Article> Load()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "articles.json")));
        return [.. manifest.RootElement.GetProperty("articles").EnumerateArray().Select(entry =>
        {
            var lines = File.ReadAllLines(Path.Combine(Folder, entry.GetProperty("file").GetString()!));
            var title = entry.GetProperty("title").GetString()!;
            var body = lines[0].Trim() == title ? lines.Skip(1) : lines;
            return new Article
            {
                Id = entry.GetProperty("id").GetString()!,
                Title = title,
                Text = string.Join('\n', body).Trim(),
                Source = entry.GetProperty("source").GetString(),
                PublishedAt = entry.GetProperty("publishedAt").GetDateTimeOffset(),
            };
        })];
    }
}
