using Bellwether.Core.Internal;

namespace Bellwether.Core.Tests.Articles;

public sealed class DerivedTitleTests
{
    [Fact]
    public void From_ShortFirstLine_ReturnsTheLineTrimmed()
    {
        DerivedTitle.From("\n  \n  Fed holds rates   steady \nThe central bank said on Wednesday.").Should().Be("Fed holds rates steady");
    }

    [Fact]
    public void From_LongFirstLine_ReturnsItsFirstSentence()
    {
        var text = "A major search was under way in Bass Strait on Sunday night. " + string.Join(' ', Enumerable.Repeat("More words follow here.", 20));

        DerivedTitle.From(text).Should().Be("A major search was under way in Bass Strait on Sunday night.");
    }

    [Fact]
    public void From_FirstSentenceLongerThanTheLimit_CutsOnAWordBoundaryWithAnEllipsis()
    {
        var text = string.Join(' ', Enumerable.Range(0, 100).Select(i => "word" + i));

        var title = DerivedTitle.From(text);

        title.Length.Should().BeLessThanOrEqualTo(DerivedTitle.MaxLength);
        title.Should().EndWith("\u2026");
        text.Should().StartWith(title[..^1] + " ", "the cut falls between two words");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\n ")]
    [InlineData("\0\u0001\n\u0007")]
    public void From_NoPrintableLine_ReturnsEmpty(string text)
    {
        DerivedTitle.From(text).Should().BeEmpty();
    }

    [Fact]
    public void From_ControlCharactersInTheFirstLine_BecomeSpaces()
    {
        DerivedTitle.From("Chip\0maker\u0007 files").Should().Be("Chip maker files");
    }

    [Fact]
    public void Apply_TitlePresent_ReturnsTheArticleUnchanged()
    {
        var article = new Article { Id = "a", Title = "Published headline", Text = "Body line." };

        DerivedTitle.Apply(article).Should().BeSameAs(article);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Apply_EmptyTitleAndABody_DerivesTheTitleAndMarksIt(string title)
    {
        var article = new Article { Id = "a", Title = title, Text = "Drought cuts Brazil coffee harvest\nSecond line." };

        var derived = DerivedTitle.Apply(article);

        derived.Title.Should().Be("Drought cuts Brazil coffee harvest");
        derived.IsTitleDerived.Should().BeTrue();
        derived.ToReference().IsTitleDerived.Should().BeTrue();
    }
}
