using static Bellwether.Rendering.Tests.SampleSignals;

namespace Bellwether.Rendering.Tests;

public sealed class TextRendererTests
{
    private readonly PlainTextRenderer _text = new();

    [Fact]
    public async Task RenderSignalAsync_SeedSignal_FollowsTheSeedPageLayout()
    {
        var text = await RenderAsync(w => _text.RenderSignalAsync(Seed, w));

        var lines = text.Split(Environment.NewLine);
        lines[0].Should().Be(Seed.Headline);
        lines.Should().Contain("str 8 · extracted 2× · 20 May 2026 · last reinforced 21 May 2026 · 2 articles");
        lines.Should().Contain("structural · economic · technological · AI, semiconductors, geopolitics · CN, US");
        lines.Should().Contain("Source articles (2)");
        lines.Should().Contain("\"China's two memory-chip champions plan mega-IPOs\" [mega-IPOs]");
        lines.Count(l => l == "Reasoning from this article").Should().Be(2);
    }

    [Fact]
    public async Task RenderSignalAsync_TagsFewOfTheArticlesName_ShowsOnlyTheCorroboratedOnes()
    {
        var tagged = new[] { ("a-1", "IE"), ("a-2", "IE"), ("a-3", "CN"), ("a-4", "IE") };
        var merger = Seed with
        {
            Topics = ["mergers and acquisitions", "trade policy"],
            Regions = ["IE", "CN"],
            Actors = ["Fyffes", "Chiquita", "Wall Street"],
            Evidence = [.. tagged.Select(t => Seed.Evidence[0] with
            {
                Article = Seed.Evidence[0].Article with { Id = t.Item1 },
                Domains = Seed.Domains,
                Topics = [t.Item2 == "CN" ? "trade policy" : "mergers and acquisitions"],
                Regions = [t.Item2],
                Actors = t.Item2 == "CN" ? ["Chiquita", "Wall Street"] : ["Fyffes", "Chiquita"],
            })],
        };

        var lines = (await RenderAsync(w => _text.RenderSignalAsync(merger, w))).Split(Environment.NewLine);

        lines.Should().Contain("structural · economic · technological · mergers and acquisitions · IE");
        lines.Should().Contain("Chiquita · Fyffes");
    }

    [Fact]
    public async Task RenderBriefAsync_Items_GreetsAndGivesEachReason()
    {
        var text = await RenderAsync(w => _text.RenderBriefAsync(MarcosBrief, w));

        text.Should().Contain("Thursday, 21 May 2026").And.Contain("Good morning, Marco. 2 signals worth your attention:");
        text.Should().Contain("· reinforced: +2 articles, str 6 → 8").And.Contain("· new");
    }

    [Fact]
    public async Task RenderBriefAsync_Silent_SaysNothingWorthSayingWithTheReason()
    {
        var text = await RenderAsync(w => _text.RenderBriefAsync(SilentBrief, w));

        text.Should().Contain("Nothing worth saying today, Marco. No signal reaches your minimum strength of 7; the strongest is 5.");
        text.Should().NotContain("Good morning");
    }

    [Fact]
    public async Task RenderSignalListAsync_Empty_SaysSo()
    {
        var text = await RenderAsync(w => _text.RenderSignalListAsync([], w));

        text.Trim().Should().Be("No signals yet.");
    }
}
