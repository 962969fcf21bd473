namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// When an article names more actors than a candidate keeps (<see cref="SignalExtractionOptions.MaxActors"/>), names of two
/// words or more, names the gazetteer knows and lone words that speak ("Eskom said") take the places before other lone
/// words, which are far more often places, products or common words.
/// </summary>
public sealed class KeptActorsTests
{
    private const string Text =
        "KAJAANI, March 11 — The Revontuli machine will run weather models from May, and Revontuli cost 20 million euros. " +
        "Eskom said it would buy time on it. The plan was backed by Maria Lindqvist, Eero Lahtinen, Antti Vahakangas, " +
        "Mikko Rautiainen and Helena Strand.";

    [Fact]
    public void Extract_MoreActorsThanKept_PrefersLongerAndSpeakingNamesToLoneWords()
    {
        var candidate = Extractors.SingleCandidate("Supercomputer opens", Text);

        candidate.Actors.Should().Equal("Eskom", "Maria Lindqvist", "Eero Lahtinen", "Antti Vahakangas", "Mikko Rautiainen", "Helena Strand");
    }

    [Fact]
    public void Extract_FewerActorsThanKept_KeepsLoneWordsInTheirOrder()
    {
        var candidate = Extractors.SingleCandidate("Supercomputer opens", Text.Replace(", Mikko Rautiainen and Helena Strand", string.Empty, StringComparison.Ordinal));

        candidate.Actors.Should().Equal("Revontuli", "Eskom", "Maria Lindqvist", "Eero Lahtinen", "Antti Vahakangas");
    }
}
