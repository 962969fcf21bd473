using Markdig;
using Markdig.Syntax;
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
    [InlineData("    four spaces")]
    [InlineData("\tone tab")]
    [InlineData(" \t\t mixed indentation")]
    [InlineData("\n      after a line break")]
    [InlineData("> a quote")]
    [InlineData("   > an indented quote")]
    [InlineData("# a heading")]
    [InlineData("- a bullet")]
    [InlineData("+ a bullet")]
    [InlineData("* a bullet")]
    [InlineData("---")]
    [InlineData("===")]
    [InlineData("***")]
    [InlineData("```fenced")]
    [InlineData("~~~fenced")]
    [InlineData("<div>raw html</div>")]
    [InlineData("[label]: https://example.com")]
    [InlineData("  12. an indented number")]
    public async Task Render_UntrustedTextOpeningWithBlockMarkup_KeepsTheDocumentStructure(string text)
    {
        var renderer = new MarkdownRenderer();
        var plain = Carrying("Plain words");
        var hostile = Carrying(text);

        Skeleton(await RenderAsync(w => renderer.RenderSignalAsync(hostile, w)))
            .Should().Be(Skeleton(await RenderAsync(w => renderer.RenderSignalAsync(plain, w))), "no text of a signal page may open a block of its own");
        Skeleton(await RenderAsync(w => renderer.RenderBriefAsync(BriefOf(hostile, text), w)))
            .Should().Be(Skeleton(await RenderAsync(w => renderer.RenderBriefAsync(BriefOf(plain, "Plain words"), w))), "no text of a brief may open a block of its own");
        Skeleton(await RenderAsync(w => renderer.RenderSignalListAsync([hostile, hostile], w)))
            .Should().Be(Skeleton(await RenderAsync(w => renderer.RenderSignalListAsync([plain, plain], w))), "no text of the index may open a block of its own");
    }

    [Fact]
    public async Task RenderSignalAsync_IndentedAnalysis_IsAParagraphOfTheSameWords()
    {
        var md = await RenderAsync(w => new MarkdownRenderer().RenderSignalAsync(Seed with { Analysis = "    Capital is moving home.\tFast." }, w));

        Markdown.ToHtml(md).Should().Contain("<h2>Analysis</h2>\n<p>Capital is moving home.\tFast.</p>");
    }

    [Theory]
    [InlineData("  12. Indented", "12\\. Indented")]
    [InlineData("\n3. After a break", "3\\. After a break")]
    [InlineData("\t4. After a tab ", "4\\. After a tab")]
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

    /// <summary>The seed signal with <paramref name="text"/> in every field that comes from an article or a model.</summary>
    private static Signal Carrying(string text) => Seed with
    {
        Headline = text,
        Analysis = text,
        Actors = [text, text],
        Topics = [text],
        Evidence =
        [
            Seed.Evidence[0] with { Article = Seed.Evidence[0].Article with { Title = text }, Quotes = [new Quote(text, text), new Quote(text, text)], Reasoning = text },
            Seed.Evidence[1] with { Article = Seed.Evidence[1].Article with { Title = text }, Reasoning = text },
        ],
    };

    private static Brief BriefOf(Signal signal, string reason) => MarcosBrief with { Items = [new BriefItem(signal, 16, reason), new BriefItem(signal, 6, reason)] };

    /// <summary>The blocks of a CommonMark document in order, with heading levels: what the text must not change.</summary>
    private static string Skeleton(string markdown) =>
        string.Join(' ', Markdown.Parse(markdown).Descendants<Block>().Select(b => b is HeadingBlock h ? $"h{h.Level}" : b.GetType().Name));
}
