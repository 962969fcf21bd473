namespace Bellwether.Core.Tests.Clustering;

/// <summary>A reproducible stream of headlines: a handful of stories, each told in many wordings by many outlets.</summary>
internal static class Headlines
{
    private static readonly string[][] Stories =
    [
        ["Yangtze", "Memory", "STAR", "listing", "chipmaker", "IPO"],
        ["Brazil", "coffee", "harvest", "drought", "arabica", "forecast"],
        ["Chile", "copper", "mine", "strike", "workers", "Escondida"],
        ["Bitcoin", "exchange", "Gox", "bankruptcy", "Tokyo", "collapse"],
        ["Lohan", "Oprah", "docuseries", "premiere", "reality", "OWN"],
        ["Malaysia", "flight", "search", "ocean", "missing", "jet"],
    ];

    private static readonly string[] Fillers = ["report", "update", "analysts", "week", "latest", "news", "market", "shares"];

    public static IReadOnlyList<Article> Stream(int count)
    {
        var random = new Random(20260522);
        var start = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var articles = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var story = Stories[random.Next(Stories.Length)];
            var words = story.OrderBy(_ => random.Next()).Take(4).Append(Fillers[random.Next(Fillers.Length)]);
            articles.Add(new Article
            {
                Id = "h" + i,
                Title = string.Join(' ', words) + " " + i,
                Source = "outlet" + random.Next(40),
                PublishedAt = start.AddHours(i / 20.0),
            });
        }

        return articles;
    }
}
