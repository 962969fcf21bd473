using Microsoft.Playwright;
using static Bellwether.Rendering.Tests.SampleSignals;

namespace Bellwether.Rendering.Tests;

/// <summary>What a reader sees when the generated HTML opens in a real (headless) Chromium.</summary>
public sealed class BrowserTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    private static readonly string SeedPage = HtmlRenderer.SignalPageFileName(Seed.Id);

    [Fact]
    public async Task SignalPage_SeedSignal_ShowsHeadlineStrengthTagsAndQuotes()
    {
        var page = await OpenAsync(SeedPage);

        (await page.Locator("h1").InnerTextAsync()).Should().Be(Seed.Headline);
        (await page.Locator(".strength").InnerTextAsync()).Should().Be("str 8 · extracted 2× · 5/20/2026 · last reinforced 5/21/2026 · 2 articles");
        (await page.Locator(".tags").InnerTextAsync()).Should().Be("structural · economic · technological · AI, semiconductors, geopolitics · CN, US");
        (await page.Locator("h2").AllInnerTextsAsync()).Should().Equal("Analysis", "Key actors", "Source articles (2)");
        (await page.Locator("ul.actors li").AllInnerTextsAsync()).Should().Equal(Seed.Actors);
        (await page.Locator("blockquote.quote .key-phrase").AllInnerTextsAsync()).Should().Equal("[Q1 2026]", "[mega-IPOs]", "[U.S. export controls]");
        (await page.Locator("blockquote.quote").First.InnerTextAsync()).Should().StartWith("\"Despite U.S. export restrictions since 2022").And.EndWith("[Q1 2026]");
        (await page.Locator("h4").AllInnerTextsAsync()).Should().HaveCount(2).And.AllBe("REASONING FROM THIS ARTICLE");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "signal.png"), FullPage = true });
    }

    [Fact]
    public async Task SignalPage_AllSignalsLink_LeadsBackToTheIndexStrongestFirst()
    {
        var page = await OpenAsync(SeedPage);

        await page.GetByRole(AriaRole.Link, new() { Name = "← all signals" }).ClickAsync();

        page.Url.Should().EndWith("/index.html");
        (await page.Locator("ol.signals li h2").AllInnerTextsAsync()).Should().Equal(Seed.Headline, Hostile, Energy.Headline);
        (await page.Locator("ol.signals li").Nth(0).GetAttributeAsync("data-strength")).Should().Be("8");
    }

    [Fact]
    public async Task SignalPage_HostileTitle_ShowsAsTextAndNeverRuns()
    {
        var page = await OpenAsync(HtmlRenderer.SignalPageFileName(HostileSignal.Id));

        (await page.Locator("h1").InnerTextAsync()).Should().Be(Hostile);
        (await page.TitleAsync()).Should().StartWith(Hostile);
        (await page.EvaluateAsync<bool>("() => window.__pwned === undefined")).Should().BeTrue();
        (await page.EvaluateAsync<int>("() => document.querySelectorAll('script, img, b').length")).Should().Be(0);
        (await page.Locator("ul.actors li").InnerTextAsync()).Should().Be("<img src=x onerror=\"window.__pwned = 2\">");
        (await page.Locator(".key-phrase").InnerTextAsync()).Should().Be("[<key>]");
        (await page.Locator(".reasoning").InnerTextAsync()).Should().Be("<style>body{display:none}</style>");
        (await page.Locator("h1").IsVisibleAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task Index_TopicAndRegionFilters_WorkWithoutJavaScript()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));
        var items = page.Locator("ol.signals > li");

        await page.GetByRole(AriaRole.Link, new() { Name = "energy (1)" }).ClickAsync();
        (await VisibleHeadlinesAsync(items)).Should().Equal(Energy.Headline);

        await page.GetByRole(AriaRole.Link, new() { Name = "CN (2)" }).ClickAsync();
        (await VisibleHeadlinesAsync(items)).Should().Equal(Seed.Headline, Hostile);

        await page.GetByRole(AriaRole.Link, new() { Name = "all", Exact = true }).ClickAsync();
        (await VisibleHeadlinesAsync(items)).Should().HaveCount(3);
    }

    [Fact]
    public async Task BriefPage_Items_ShowGreetingReasonsAndLinksAndFitAPhone()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 720, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("brief.html"));

        (await page.Locator(".greeting").InnerTextAsync()).Should().Be("Good morning, Marco. 2 signals worth your attention:");
        (await page.Locator(".reason").AllInnerTextsAsync()).Should().Equal("reinforced: +2 articles, str 6 → 8", "new");
        (await page.Locator(".item .strength").First.InnerTextAsync()).Should().StartWith("str 8 · extracted 2×");
        var screenshot = Path.Combine(BrowserFixture.ScreenshotFolder, "brief.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        new FileInfo(screenshot).Length.Should().BeGreaterThan(10_000);

        await page.SetViewportSizeAsync(375, 800);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(375);

        await page.GetByRole(AriaRole.Link, new() { Name = Energy.Headline }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).Should().Be(Energy.Headline);
    }

    private async Task<IPage> OpenAsync(string fileName)
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url(fileName));
        return page;
    }

    private static async Task<List<string>> VisibleHeadlinesAsync(ILocator items)
    {
        var visible = new List<string>();
        for (var i = 0; i < await items.CountAsync(); i++)
        {
            if (await items.Nth(i).IsVisibleAsync())
            {
                visible.Add(await items.Nth(i).Locator("h2").InnerTextAsync());
            }
        }

        return visible;
    }
}
