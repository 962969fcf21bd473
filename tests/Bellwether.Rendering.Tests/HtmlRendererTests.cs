using System.Text.RegularExpressions;
using Bellwether.Rendering.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Bellwether.Rendering.Tests.SampleSignals;

namespace Bellwether.Rendering.Tests;

public sealed class HtmlRendererTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bellwether-html-").FullName;

    [Fact]
    public async Task RenderBriefAsync_Items_IsEmailSafe()
    {
        var html = await RenderAsync(w => new HtmlRenderer().RenderBriefAsync(MarcosBrief, w));

        html.Should().NotContain("<style").And.NotContain("<script").And.NotContain("<link");
        html.Should().Contain("style=\"");
        html.Should().Contain("Good morning, Marco. 2 signals worth your attention:");
        html.Should().Contain("href=\"signal-sig-1463d75d1c800eb7.html\"");
    }

    [Fact]
    public async Task RenderSignalAsync_HostileText_IsEncoded()
    {
        var html = await RenderAsync(w => new HtmlRenderer().RenderSignalAsync(HostileSignal, w));

        html.Should().NotContain("<script>window").And.NotContain("<img src=x").And.NotContain("<style>body");
        html.Should().Contain("&lt;script&gt;window.__pwned = 1&lt;/script&gt;");
    }

    [Fact]
    public async Task RenderSignalAsync_SiteBaseUrlWithoutTrailingSlash_LinksUnderIt()
    {
        var renderer = new HtmlRenderer(new RenderingOptions { SiteBaseUrl = new Uri("https://example.com/bellwether") });

        var html = await RenderAsync(w => renderer.RenderSignalAsync(Seed, w));

        html.Should().Contain("href=\"https://example.com/bellwether/index.html\"").And.NotContain("href=\"https://example.com/index.html\"");
    }

    [Fact]
    public async Task RenderSignalListAsync_Signals_OffersTopicAndRegionFilters()
    {
        var html = await RenderAsync(w => new HtmlRenderer().RenderSignalListAsync([Seed, Energy], w));

        html.Should().Contain("href=\"#t-semiconductors\"").And.Contain("href=\"#r-de\"");
        html.Should().Contain("#t-energy:target ~ ol.signals > li:not(.t-energy){display:none}");
        html.Should().Contain("class=\"t-energy r-de\"");
        html.IndexOf(Seed.Headline, StringComparison.Ordinal).Should().BeLessThan(html.IndexOf(Energy.Headline, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("/relative/path")]
    public async Task RenderSignalAsync_NonWebSourceUrl_RendersTitleAsPlainText(string url)
    {
        var html = await RenderAsync(w => new HtmlRenderer().RenderSignalAsync(SeedCiting(url), w));

        html.Should().Contain("<h3>Yangtze Memory Moves Toward Listing With Trillion-Yuan Valuation in Sight</h3>");
        html.Should().NotContain(url);
    }

    [Theory]
    [InlineData("能源", "半導体")]
    [InlineData("C++", "C#")]
    public async Task RenderSignalListAsync_LabelsSharingAnAsciiSlug_GetSeparateFilters(string first, string second)
    {
        var html = await RenderAsync(w => new HtmlRenderer().RenderSignalListAsync([Seed with { Topics = [first] }, Energy with { Topics = [second] }], w));

        Regex.Matches(html, "data-filter=\"topic\">[^<]+ \\(1\\)</a>").Should().HaveCount(2);
        Regex.Matches(html, "<li class=\"(t-[^ \"]+)").Select(m => m.Groups[1].Value).Should().OnlyHaveUniqueItems().And.HaveCount(2);
    }

    [Fact]
    public async Task RenderSignalAsync_ReplacementTemplate_IsUsedAndStillEncodes()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "signal.liquid"), "<h1 id=\"mine\">{{ signal.headline }}</h1><p>{{ signal.strength }}</p>");
        var renderer = new HtmlRenderer(new RenderingOptions { TemplateDirectory = _folder });

        var html = await RenderAsync(w => renderer.RenderSignalAsync(HostileSignal, w));
        var brief = await RenderAsync(w => renderer.RenderBriefAsync(MarcosBrief, w));

        html.Should().StartWith("<h1 id=\"mine\">&lt;script&gt;").And.EndWith("<p>8</p>");
        brief.Should().Contain("Good morning, Marco.", "templates not replaced fall back to the built-in ones");
    }

    [Fact]
    public async Task Constructor_BrokenReplacementTemplate_ThrowsNamingIt()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "index.liquid"), "{% for s in signals %}never closed");

        var act = () => new HtmlRenderer(new RenderingOptions { TemplateDirectory = _folder });

        act.Should().Throw<TemplateException>().Which.TemplateName.Should().Be("index.liquid");
    }

    [Fact]
    public void GetBuiltInTemplate_KnownName_ReturnsLiquid()
    {
        HtmlRenderer.GetBuiltInTemplate("signal.liquid").Should().Contain("← all signals");
        var act = () => HtmlRenderer.GetBuiltInTemplate("other.liquid");
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task StaticSiteWriter_WriteAsync_WritesIndexBriefAndOnePagePerSignal()
    {
        var written = await new StaticSiteWriter(new HtmlRenderer()).WriteAsync(_folder, [Seed, Energy], MarcosBrief);

        written.Select(Path.GetFileName).Should().Equal("index.html", "brief.html", "signal-sig-1463d75d1c800eb7.html", "signal-sig-energy.html");
        (await File.ReadAllTextAsync(Path.Combine(_folder, "signal-sig-energy.html"))).Should().Contain(Energy.Headline);
    }

    [Fact]
    public async Task StaticSiteWriter_IdsSharingASlugOrDifferingInCase_GetOnePageEachThatTheIndexLinksTo()
    {
        string[] ids = ["sig_a", "sig-a", "SIG_A", "Sig_A", "sig a"];
        var signals = ids.Select(id => Energy with { Id = id, Headline = $"Headline of {id}" }).ToList();

        var written = await new StaticSiteWriter(new HtmlRenderer()).WriteAsync(_folder, signals, MarcosBrief);

        var pages = written.Skip(2).ToList();
        pages.Should().HaveCount(ids.Length);
        pages.Select(p => Path.GetFileName(p).ToUpperInvariant()).Should().OnlyHaveUniqueItems("pages must not overwrite each other where file names ignore case");
        var index = await File.ReadAllTextAsync(Path.Combine(_folder, "index.html"));
        var links = Regex.Matches(index, "<a href=\"(signal-[^\"]+)\">([^<]+)</a>").ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);
        links.Should().HaveCount(ids.Length);
        foreach (var signal in signals)
        {
            var page = await File.ReadAllTextAsync(Path.Combine(_folder, links[signal.Headline]));
            page.Should().Contain(signal.Headline);
            signals.Where(s => s != signal).Should().OnlyContain(s => !page.Contains(s.Headline + "<", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("sig_1463d75d1c800eb7", "signal-sig-1463d75d1c800eb7.html")]
    [InlineData("story_7_b2", "signal-story-7-b2.html")]
    public void SignalPageFileName_GeneratedStyleId_ReadsAsTheId(string id, string fileName) => HtmlRenderer.SignalPageFileName(id).Should().Be(fileName);

    [Fact]
    public void SignalPageFileName_AnyIds_AreDistinctIgnoringCaseAndSafe()
    {
        string[] ids = ["sig_a", "sig-a", "SIG_A", "Sig_A", "sig a", "sig__a", "sig_a_", "_sig_a", "sig/a", "../sig_a", "sig-a--00000000", "能源", "<>", new string('a', 200), new string('a', 201)];

        var names = ids.Select(HtmlRenderer.SignalPageFileName).ToList();

        names.Select(n => n.ToUpperInvariant()).Should().OnlyHaveUniqueItems();
        names.Should().OnlyContain(n => Regex.IsMatch(n, "^signal-[a-z0-9-]{1,80}\\.html$"));
        ids.Select(HtmlRenderer.SignalPageFileName).Should().Equal(names, "the name of an id is the same every time");
    }

    [Theory]
    [InlineData(RenderFormat.Markdown, typeof(MarkdownRenderer))]
    [InlineData(RenderFormat.Text, typeof(PlainTextRenderer))]
    [InlineData(RenderFormat.Json, typeof(JsonRenderer))]
    [InlineData(RenderFormat.Html, typeof(HtmlRenderer))]
    public void AddRendering_EachFormat_ResolvesItsRenderer(RenderFormat format, Type expected)
    {
        var services = new ServiceCollection();
        services.AddBellwether().AddRendering().AddRendering();
        using var provider = services.BuildServiceProvider();

        provider.GetRenderer(format).Should().BeOfType(expected);
        provider.GetServices<IBellwetherRenderer>().Should().HaveCount(4);
    }

    [Fact]
    public void AddRendering_MissingTemplateDirectory_FailsValidation()
    {
        var services = new ServiceCollection();
        services.AddBellwether().AddRendering(o => o.TemplateDirectory = Path.Combine(_folder, "missing"));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<RenderingOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("TemplateDirectory");
    }

    [Theory]
    [InlineData("AI", "ai")]
    [InlineData("Middle East", "middle-east")]
    [InlineData("sig_1463/../x", "sig-1463-x")]
    [InlineData("<>", "x")]
    public void Slug_AnyText_IsSafeInIdsAndFileNames(string value, string slug) => SignalFormat.Slug(value).Should().Be(slug);

    [Theory]
    [InlineData("energy", "energy")]
    [InlineData("DE", "de")]
    [InlineData("C++", "c_2ead0510")]
    [InlineData("C#", "c_95da4403")]
    [InlineData("能源", "x_5aed1a4d")]
    [InlineData("半導体", "x_0d2568dc")]
    [InlineData("Middle East", "middle-east_0da7d595")]
    [InlineData("middle east", "middle-east_0da7d595")]
    public void LabelSlug_AnyLabel_IsStableAndDistinctPerLabel(string label, string slug) => SignalFormat.LabelSlug(label).Should().Be(slug);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
