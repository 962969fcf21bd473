using Bellwether.Core.Text;

namespace Bellwether.Core.Tests.Text;

public sealed class MarkupTests
{
    [Fact]
    public void ToPlainText_Html_KeepsOnlyTheWordsAReaderSees()
    {
        var text = "<div class=\"body\"><script>track('article');</script><style>p { margin: 0; }</style><p>Floods hit AT&amp;T&#39;s depot.</p><!-- ad --></div>";

        TermExtractor.GetTerms(Markup.ToPlainText(text)).Should().Equal(TermExtractor.GetTerms("Floods hit AT&T's depot."));
    }

    [Fact]
    public void ToPlainText_TextWithoutMarkup_IsTheSameString()
    {
        const string text = "Floods hit the depot; prices rose 4% < 5% forecast.";

        Markup.ToPlainText(text).Should().BeSameAs(text);
    }

    [Fact]
    public void Blank_Markup_KeepsEveryOffset()
    {
        const string text = "<p>Floods</p> hit <b>Passau</b>.";

        var blanked = Markup.Blank(text, out var any);

        any.Should().BeTrue();
        blanked.Should().HaveLength(text.Length);
        blanked.IndexOf("Passau", StringComparison.Ordinal).Should().Be(text.IndexOf("Passau", StringComparison.Ordinal));
        blanked.Should().Be("   Floods     hit    Passau    .");
    }

    [Fact]
    public void Blank_LessThanSignInProse_IsKept() =>
        Markup.Blank("Inflation stayed < 2% and a<b held.", out _).Should().Be("Inflation stayed < 2% and a<b held.");

    [Fact]
    public void Blank_UnclosedScript_BlanksOnlyItsTag()
    {
        var blanked = Markup.Blank("<script>Floods hit Passau.", out _);

        blanked.Trim().Should().Be("Floods hit Passau.");
    }
}
