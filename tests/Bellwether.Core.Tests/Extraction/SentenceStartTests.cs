namespace Bellwether.Core.Tests.Extraction;

public sealed class SentenceStartTests
{
    [Fact]
    public void Extract_HyphenatedCommonWordsOpeningASentence_AreNotAnActor()
    {
        var article = new Article
        {
            Id = "ss-1",
            Title = "Quorvane Bank reports a slowdown in payments",
            Text = "Quorvane Bank said on Monday that payments slowed in May. Cross-Border payments fell 12% in the quarter, the bank said. " +
                "Year-End bonuses were cut as well, according to Quorvane Bank.",
        };

        var actors = Extractors.Default().Extract(article).SelectMany(c => c.Actors).ToList();

        actors.Should().Contain("Quorvane Bank");
        actors.Should().NotContain(a => a.Contains("Cross-Border", StringComparison.Ordinal) || a.Contains("Year-End", StringComparison.Ordinal));
    }
}
