using Bellwether.Core.Internal;

namespace Bellwether.Core.Tests.Extraction;

public sealed class KeyPhraseRecognizerTests
{
    private static IReadOnlyList<KeyPhrase> Recognize(string body) => KeyPhraseRecognizer.Recognize(new AnalysedText("Title", body));

    [Theory]
    [InlineData("CXMT plans a US$42 billion listing.", "US$42 billion", "Money")]
    [InlineData("Revenue doubled to over 20 billion yuan last year.", "20 billion yuan", "Money")]
    [InlineData("The deal is worth €1.2bn in cash.", "€1.2bn", "Money")]
    [InlineData("It raised $300m from investors.", "$300m", "Money")]
    [InlineData("Revenue surged by 4,230% year-over-year.", "4,230%", "Percentage")]
    [InlineData("Prices rose 12 percent in May.", "12 percent", "Percentage")]
    [InlineData("Its Q1 2026 revenue doubled.", "Q1 2026", "Period")]
    [InlineData("Sales fell in H1 2025 across Asia.", "H1 2025", "Period")]
    [InlineData("Targets for FY2025 were cut.", "FY2025", "Period")]
    [InlineData("Despite U.S. export restrictions since 2022, it grew.", "since 2022", "Period")]
    [InlineData("The plant opens in May 2026 as planned.", "May 2026", "Period")]
    [InlineData("Its Q1 2026 revenue doubled to a record.", "doubled", "Multiplier")]
    [InlineData("Output grew 3x after the upgrade.", "3x", "Multiplier")]
    [InlineData("About 1.2 million people were displaced.", "1.2 million", "Quantity")]
    [InlineData("It competes with Nvidia's A100 in training.", "A100", "Product")]
    [InlineData("Demand for its Siyuan 590 chip rose.", "Siyuan 590", "Product")]
    [InlineData("Two champions plan mega-IPOs this year.", "mega-IPOs", "CoinedTerm")]
    [InlineData("Analysts call it \"denial through restriction\" in private.", "denial through restriction", "CoinedTerm")]
    public void Recognize_TableRow_FindsThePhraseWithItsKind(string body, string phrase, string kind) =>
        Recognize(body).Should().ContainSingle(p => p.Text == phrase).Which.Kind.ToString().Should().Be(kind);

    [Theory]
    [InlineData("In May the board may decide.")]
    [InlineData("The company was founded in 1998 by two engineers.")]
    [InlineData("We met 5 people at the door.")]
    public void Recognize_PlainText_FindsNoKeyPhrase(string body) => Recognize(body).Should().BeEmpty();
}
