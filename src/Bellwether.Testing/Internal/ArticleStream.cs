namespace Bellwether.Testing.Internal;

/// <summary>
/// A deterministic stream of articles about a few dozen stories (shared actors and vocabulary per story, so the
/// matcher reinforces), with some articles sent again under the same id, the same url, or another id with the same text.
/// </summary>
internal static class ArticleStream
{
    private static readonly string[] Actors = ["ASML", "TSMC", "Nvidia", "Huawei", "SMIC", "Intel", "Samsung", "Tokyo Electron", "Applied Materials", "Micron", "the Commerce Department", "the European Commission"];
    private static readonly string[] Themes = ["export controls", "chip subsidies", "lithography supply", "memory prices", "data centre power", "rare earth quotas", "foundry capacity", "AI accelerators"];
    private static readonly string[] Verbs = ["accelerates", "reshapes", "tightens", "redirects", "slows", "reprices"];
    private static readonly string[] Regions = ["China", "the United States", "the Netherlands", "Japan", "South Korea", "Taiwan", "Germany"];

    /// <summary>The stream: <paramref name="distinct"/> distinct articles, then <paramref name="resent"/> copies of earlier ones, shuffled.</summary>
    public static IReadOnlyList<Article> Create(int distinct, int resent, int seed = 6)
    {
        var random = new Random(seed);
        var articles = new List<Article>(distinct + resent);
        for (var i = 0; i < distinct; i++)
        {
            var story = i % 40;
            var actor = Actors[story % Actors.Length];
            var theme = Themes[story % Themes.Length];
            var region = Regions[story % Regions.Length];
            var verb = Verbs[random.Next(Verbs.Length)];
            var other = Actors[random.Next(Actors.Length)];
            articles.Add(new Article
            {
                Id = $"article-{i:D4}",
                Title = $"{actor} {verb} {theme} in {region} (report {i})",
                Text = $"{actor} said on Tuesday that {theme} {verb} investment in {region}, a shift analysts tied to story {story}. "
                    + $"{other} responded that {theme} would keep shaping capital spending in {region} for years. "
                    + $"Figures released with report {i} show orders moving as {theme} tightens.",
                Url = new Uri($"https://news.example.org/{story}/{i}"),
                Source = "Example Wire",
                PublishedAt = TestSignals.Epoch.AddMinutes(i),
            });
        }

        for (var i = 0; i < resent; i++)
        {
            var original = articles[random.Next(distinct)];
            articles.Add((i % 3) switch
            {
                0 => original,
                1 => original with { Id = original.Id + "-same-url", Title = original.Title + " (updated)" },
                _ => original with { Id = original.Id + "-same-text", Url = null },
            });
        }

        return [.. articles.OrderBy(_ => random.Next())];
    }
}
