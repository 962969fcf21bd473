using static Bellwether.Rendering.Tests.SampleSignals;

namespace Bellwether.Rendering.Tests;

public sealed class MarkdownRendererTests
{
    [Fact]
    public async Task RenderBriefAsync_Items_LinksEachHeadlineToItsSignalPage()
    {
        var md = await RenderAsync(w => new MarkdownRenderer().RenderBriefAsync(MarcosBrief, w));

        md.Should().StartWith("# The Bellwether");
        md.Should().Contain("## 1. [Export controls accelerating domestic capital formation: sanctioned semiconductor firms pursue mega\\-IPOs")
            .And.Contain("](signal-sig-1463d75d1c800eb7.html)");
        md.Should().Contain("*reinforced: \\+2 articles, str 6 → 8*");
    }

    [Fact]
    public async Task RenderBriefAsync_SiteBaseUrl_MakesLinksAbsolute()
    {
        var renderer = new MarkdownRenderer(new RenderingOptions { SiteBaseUrl = new Uri("https://brief.example.com/marco/") });

        var md = await RenderAsync(w => renderer.RenderBriefAsync(MarcosBrief, w));

        md.Should().Contain("(https://brief.example.com/marco/signal-sig-energy.html)");
    }

    [Fact]
    public async Task RenderBriefAsync_SiteBaseUrlWithoutTrailingSlash_LinksUnderIt()
    {
        var renderer = new MarkdownRenderer(new RenderingOptions { SiteBaseUrl = new Uri("https://example.com/bellwether") });

        var md = await RenderAsync(w => renderer.RenderBriefAsync(MarcosBrief, w));

        md.Should().Contain("(https://example.com/bellwether/signal-sig-energy.html)");
    }

    [Fact]
    public async Task RenderSignalAsync_HostileText_IsEscapedNotMarkup()
    {
        var md = await RenderAsync(w => new MarkdownRenderer().RenderSignalAsync(HostileSignal, w));

        md.Should().NotMatchRegex(@"(?<![\\(])<", "every < from an article is backslash-escaped");
        md.Should().Contain(@"\<script\>window.\_\_pwned = 1\</script\>");
        md.Should().Contain("[← all signals](index.html)");
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("/relative/path")]
    public async Task RenderSignalAsync_NonWebSourceUrl_RendersTitleAsPlainText(string url)
    {
        var md = await RenderAsync(w => new MarkdownRenderer().RenderSignalAsync(SeedCiting(url), w));

        md.Should().Contain("### Yangtze Memory Moves Toward Listing With Trillion\\-Yuan Valuation in Sight" + Environment.NewLine);
        md.Should().NotContain("](<").And.NotContain(url);
    }

    [Fact]
    public async Task RenderSignalAsync_TextStartingWithNumberAndDot_IsNotAnOrderedList()
    {
        var signal = Seed with { Analysis = "1986. The year it began.", Evidence = [Seed.Evidence[0] with { Reasoning = "2. Second point" }] };

        var md = await RenderAsync(w => new MarkdownRenderer().RenderSignalAsync(signal, w));

        md.Should().Contain(Environment.NewLine + "1986\\. The year it began." + Environment.NewLine);
        md.Should().Contain(Environment.NewLine + "2\\. Second point" + Environment.NewLine);
    }

    [Theory]
    [InlineData("  12. Indented", "  12\\. Indented")]
    [InlineData("\n3. After a break", " 3\\. After a break")]
    [InlineData("3) Paren", "3\\) Paren")]
    [InlineData("In 1986. Then", "In 1986. Then")]
    public void Escape_LeadingNumber_EscapesTheListMarker(string text, string expected) => MarkdownRenderer.Escape(text).Should().Be(expected);

    [Fact]
    public async Task RenderSignalAsync_Quotes_CarryTheirKeyPhraseInBrackets()
    {
        var md = await RenderAsync(w => new MarkdownRenderer().RenderSignalAsync(Seed, w));

        md.Should().Contain("> \"China's two memory\\-chip champions plan mega\\-IPOs\" **\\[mega\\-IPOs\\]**");
        md.Should().Contain("## Source articles (2)");
    }

    [Fact]
    public async Task RenderBriefAsync_Silent_SaysNothingWorthSaying()
    {
        var md = await RenderAsync(w => new MarkdownRenderer().RenderBriefAsync(SilentBrief, w));

        md.Should().Contain("Nothing worth saying today, Marco.").And.NotContain("## 1.");
    }
}
