namespace Bellwether.Testing.Internal;

/// <summary>
/// A reproducible stream of bare headlines with addresses, in five stories that share words pairwise (two about one
/// company, two about one central bank, one bridging them), so that stories start apart and merge as they go on.
/// </summary>
internal static class OverlappingHeadlines
{
    private static readonly string[][] Stories =
    [
        ["Apple", "iPhone", "sales", "China", "quarter", "record", "Cook"],
        ["Apple", "iPhone", "launch", "event", "September", "camera", "Cook"],
        ["China", "economy", "growth", "quarter", "slows", "exports", "Beijing"],
        ["Fed", "rates", "Yellen", "inflation", "hike", "economy", "Washington"],
        ["Fed", "Yellen", "testimony", "Congress", "banks", "rates", "Senate"],
    ];

    private static readonly string[] Fillers = ["report", "update", "analysts", "says", "latest", "news", "market", "shares", "week", "again"];

    public static IReadOnlyList<Article> Stream(int count)
    {
        var random = new Random(20261204);
        var start = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var articles = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var story = Stories[random.Next(Stories.Length)];
            var words = story.OrderBy(_ => random.Next()).Take(3 + random.Next(3)).Append(Fillers[random.Next(Fillers.Length)]).ToList();
            var slug = string.Join('-', words.Concat(story.OrderBy(_ => random.Next()).Take(2)).Select(w => w.ToLowerInvariant()));
            articles.Add(new Article
            {
                Id = "o" + i,
                Title = string.Join(' ', words),
                Url = new Uri($"https://outlet{random.Next(12)}.example.com/2026/05/{slug}-{i}.html"),
                Source = "outlet" + random.Next(12),
                PublishedAt = start.AddHours(i / 6.0),
            });
        }

        return articles;
    }
}
