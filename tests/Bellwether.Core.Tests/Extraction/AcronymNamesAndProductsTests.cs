namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// An acronym whose letters spell the end of a name defines the whole name ("the Ghana Cocoa Board (COCOBOD)"), not a
/// second, shorter actor; a short form written as a longer word or in mixed case ("Pharmexcil", "DoT") is one when its
/// letters spell the name before it; and a name only ever written just before the kind of product it names ("K2 Black Panther
/// tanks") is that product, not an actor, while a maker also named otherwise stays one; and stock indexes, benchmark
/// rates and oil grades ("KOSPI", "Selic", "Brent") are neither actors nor places.
/// </summary>
public sealed class AcronymNamesAndProductsTests
{
    [Theory]
    [InlineData("the Ghana Cocoa Board (COCOBOD)", "Ghana Cocoa Board", "Cocoa Board")]
    [InlineData("U.S. Customs and Border Protection (CBP)", "U.S. Customs and Border Protection", "Customs and Border Protection")]
    [InlineData("the National Institute for Space Research (INPE)", "National Institute for Space Research", "Institute for Space Research")]
    public void Extract_AcronymSpellingTheEndOfAName_DefinesTheWholeName(string written, string whole, string part)
    {
        var candidate = Extractors.SingleCandidate(
            "Figures released",
            $"The figures were published on Friday by {written}, and Tamborine Capital Ltd said they matched its estimates.");

        candidate.Actors.Should().Contain(whole).And.Contain("Tamborine Capital Ltd").And.NotContain(part);
    }

    [Theory]
    [InlineData("Poland ordered 180 more K2 Black Panther tanks on Friday", "Black Panther")]
    [InlineData("The country received 1.3 million doses of the Qdenga vaccine on Friday", "Qdenga")]
    [InlineData("Owners of 240,000 Model Y vehicles were told on Friday to book repairs", "Model Y")]
    public void Extract_NameOnlyWrittenBeforeAProductNoun_IsNotAnActor(string sentence, string product)
    {
        var candidate = Extractors.SingleCandidate("Order placed", $"{sentence}, Tamborine Capital Ltd said.");

        candidate.Actors.Should().Contain("Tamborine Capital Ltd").And.NotContain(product);
    }

    [Fact]
    public void Extract_MakerAlsoNamedOtherwise_StaysAnActor()
    {
        var candidate = Extractors.SingleCandidate(
            "Order placed",
            "The airline ordered 20 Kestrava jets on Monday. Kestrava said deliveries would start in 2027.");

        candidate.Actors.Should().Contain("Kestrava");
    }

    [Theory]
    [InlineData("The Pharmaceuticals Export Promotion Council of India (Pharmexcil)", "Pharmaceuticals Export Promotion Council of India", "Pharmexcil")]
    [InlineData("The Department of Telecommunications (DoT)", "Department of Telecommunications", "DoT")]
    public void Extract_ShortFormSpellingTheNameBeforeIt_IsThatActor(string written, string longForm, string shortForm)
    {
        var candidate = Extractors.SingleCandidate(
            "Rules tightened",
            $"{written} tightened its rules on Monday. {shortForm} chairman Sudhir Bhatnagar said exporters had been consulted.");

        candidate.Actors.Should().Contain(longForm).And.Contain("Sudhir Bhatnagar").And.NotContain(shortForm);
    }

    [Fact]
    public void Extract_WordInParenthesesThatSpellsNoName_StaysItsOwnActor()
    {
        var candidate = Extractors.SingleCandidate(
            "Rules tightened",
            "Tamborine Capital Ltd (Kestravale) tightened its rules on Monday, and Kestravale said exporters had been consulted.");

        candidate.Actors.Should().Contain("Tamborine Capital Ltd").And.Contain("Kestravale");
    }

    [Theory]
    [InlineData("Brazil's central bank raised the Selic to 15% on Wednesday", "Selic")]
    [InlineData("The benchmark KOSPI gained 1.2% on Wednesday", "KOSPI")]
    [InlineData("Brent crude fell 2% to $81 a barrel on Wednesday", "Brent")]
    public void Extract_MarketBenchmark_IsNeitherAnActorNorAPlace(string sentence, string benchmark)
    {
        var candidate = Extractors.SingleCandidate("Markets move", $"{sentence}, Tamborine Capital Ltd said.");

        candidate.Actors.Should().Contain("Tamborine Capital Ltd").And.NotContain(benchmark);
        candidate.Regions.Should().NotContain("GB");
    }
}
