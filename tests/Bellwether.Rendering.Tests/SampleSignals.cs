namespace Bellwether.Rendering.Tests;

/// <summary>Signals and briefs to render: the seed page's signal, a hostile one, and Marco's briefs.</summary>
internal static class SampleSignals
{
    public const string Hostile = "<script>window.__pwned = 1</script>Chip stocks \"soar\" & <b>dive</b>";

    public static Signal Seed { get; } = new()
    {
        Id = "sig_1463d75d1c800eb7",
        Headline = "Export controls accelerating domestic capital formation: sanctioned semiconductor firms pursue mega-IPOs and domestic market financing to fund self-sufficiency without Western capital",
        Horizon = SignalHorizon.Structural,
        Domains = [SignalDomain.Economic, SignalDomain.Technological],
        Topics = ["AI", "semiconductors", "geopolitics"],
        Regions = ["CN", "US"],
        Actors = ["Yangtze Memory Technologies", "US Commerce Department", "Samsung", "SK Hynix", "Micron Technology"],
        Analysis = "Export restrictions have not stopped Chinese memory makers from growing fast; their flagship firms now turn to large domestic listings, which suggests that sanctions push them toward home capital markets rather than holding them back.",
        Strength = new StrengthBreakdown { Strength = 8 },
        ExtractionCount = 2,
        FirstExtractedAt = new DateTimeOffset(2026, 5, 20, 8, 0, 0, TimeSpan.Zero),
        LastReinforcedAt = new DateTimeOffset(2026, 5, 21, 8, 0, 0, TimeSpan.Zero),
        Evidence =
        [
            new ArticleEvidence
            {
                Article = new ArticleReference("a-ymtc", "Yangtze Memory Moves Toward Listing With Trillion-Yuan Valuation in Sight", new Uri("https://news.example.com/ymtc"), "Example Wire", new DateTimeOffset(2026, 5, 20, 8, 0, 0, TimeSpan.Zero)),
                Quotes =
                [
                    new Quote("Despite U.S. export restrictions since 2022, its Q1 2026 revenue doubled to over 20 billion yuan", "Q1 2026"),
                    new Quote("China's two memory-chip champions plan mega-IPOs", "mega-IPOs"),
                ],
                Reasoning = "Controls meant to starve the firm of capability instead pushed it toward state-backed domestic capital.",
                StoryId = "story-ymtc",
            },
            new ArticleEvidence
            {
                Article = new ArticleReference("a-brief", "Tech Brief (May 20): Chinese Chipmaker YMTC Moves Toward IPO", null, null, null),
                Quotes = [new Quote("Beijing's efforts to finance semiconductor self-sufficiency despite strict U.S. export controls", "U.S. export controls")],
                Reasoning = "Domestic investors are mobilised as a policy instrument in place of blocked foreign investment.",
                StoryId = "story-ymtc",
            },
        ],
    };

    public static Signal Energy { get; } = Seed with
    {
        Id = "sig_energy",
        Headline = "Grid operators pay heavy industry to idle during price spikes",
        Horizon = SignalHorizon.Emerging,
        Domains = [SignalDomain.Environmental],
        Topics = ["energy"],
        Regions = ["DE"],
        Actors = ["Tennet"],
        Analysis = "Operators now treat factories that can switch off on demand as a reserve, paying them to idle when prices spike instead of building peak plants.",
        Strength = new StrengthBreakdown { Strength = 6 },
        ExtractionCount = 1,
    };

    public static Signal HostileSignal { get; } = Seed with
    {
        Id = "sig_hostile",
        Headline = Hostile,
        Topics = ["<i>topic</i>"],
        Actors = ["<img src=x onerror=\"window.__pwned = 2\">"],
        Evidence =
        [
            new ArticleEvidence
            {
                Article = new ArticleReference("a-bad", Hostile, new Uri("https://news.example.com/a?b=1&c=<2>"), "<Outlet>", null),
                Quotes = [new Quote("He said \"</blockquote><script>window.__pwned = 3</script>\"", "<key>")],
                Reasoning = "<style>body{display:none}</style>",
            },
        ],
    };

    public static Brief MarcosBrief { get; } = new()
    {
        ReaderName = "Marco",
        ComposedAt = new DateTimeOffset(2026, 5, 21, 6, 30, 0, TimeSpan.Zero),
        TimeZoneId = "Europe/Rome",
        Since = new DateTimeOffset(2026, 5, 20, 6, 30, 0, TimeSpan.Zero),
        Items =
        [
            new BriefItem(Seed, 16, "reinforced: +2 articles, str 6 → 8") { Novelty = BriefNovelty.Reinforced, MatchedInterests = ["topic semiconductors"] },
            new BriefItem(Energy, 6, "new") { Novelty = BriefNovelty.New },
        ],
    };

    public static Brief SilentBrief { get; } = new()
    {
        ReaderName = "Marco",
        ComposedAt = new DateTimeOffset(2026, 5, 21, 6, 30, 0, TimeSpan.Zero),
        TimeZoneId = "Europe/Rome",
        SilenceReason = "No signal reaches your minimum strength of 7; the strongest is 5.",
    };

    /// <summary>The seed signal with its first source article at <paramref name="url"/> (absolute or relative).</summary>
    public static Signal SeedCiting(string url) => Seed with
    {
        Evidence = [Seed.Evidence[0] with { Article = Seed.Evidence[0].Article with { Url = new Uri(url, UriKind.RelativeOrAbsolute) } }],
    };

    public static async Task<string> RenderAsync(Func<TextWriter, ValueTask> render)
    {
        using var writer = new StringWriter();
        await render(writer);
        return writer.ToString();
    }
}
