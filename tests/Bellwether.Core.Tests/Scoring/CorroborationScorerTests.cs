using Microsoft.Extensions.DependencyInjection;

namespace Bellwether.Core.Tests.Scoring;

/// <summary>The default scorer: components, the corroboration gate and recency decay.</summary>
public sealed class CorroborationScorerTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 5, 22, 6, 0, 0, TimeSpan.Zero);
    private readonly ServiceProvider _provider;
    private readonly ISignalScorer _scorer;

    public CorroborationScorerTests()
    {
        var services = new ServiceCollection();
        services.AddBellwether(o => o.SingleSourceCeiling = 4);
        _provider = services.BuildServiceProvider();
        _scorer = _provider.GetRequiredService<ISignalScorer>();
    }

    [Fact]
    public void Score_OneSourceManyTimes_IsCappedAtTheSingleSourceCeiling()
    {
        var signal = SignalFrom(Enumerable.Range(0, 12).Select(i => ("Reuters", Now.AddDays(-i), false)), extractions: 12);

        var strength = _scorer.Score(signal, Now);

        strength.RawScore.Should().BeGreaterThan(4);
        strength.Strength.Should().Be(4);
        strength.CappedBecause.Should().Contain("single source");
    }

    [Fact]
    public void Score_TwoIndependentSources_PassTheGate()
    {
        var signal = SignalFrom(Enumerable.Range(0, 12).Select(i => (i % 2 == 0 ? "Reuters" : "Caixin", Now.AddDays(-i), false)), extractions: 12);

        var strength = _scorer.Score(signal, Now);

        strength.Strength.Should().BeGreaterThan(4);
        strength.CappedBecause.Should().BeNull();
        strength.Components.Select(c => c.Name).Should().Equal("independent sources", "extractions", "recency", "persistence", "velocity");
    }

    [Fact]
    public void Score_CopiesFromOtherOutlets_DoNotCountAsIndependentSources()
    {
        var signal = SignalFrom([("Reuters", Now, false), ("Yahoo", Now, true), ("MSN", Now, true)], extractions: 3);

        var strength = _scorer.Score(signal, Now);

        strength.Components.Single(c => c.Name == "independent sources").Value.Should().Be(1);
        strength.CappedBecause.Should().NotBeNull();
    }

    [Fact]
    public void Score_EvidenceOfUnknownOrigin_CountsAsOneOutlet()
    {
        var signal = SignalOf([.. Enumerable.Range(0, 4).Select(i => new ArticleReference("feed-" + i, "Item " + i, null, null, Now))]);

        var strength = _scorer.Score(signal, Now);

        Sources(strength).Should().Be(1, "articles with neither a source nor an address cannot corroborate each other");
        strength.CappedBecause.Should().NotBeNull();
    }

    [Fact]
    public void Score_OneOutletSpelledWithPaddingOrAnotherCase_CountsOnce()
    {
        var signal = SignalOf(new("a", "A", null, "Reuters", Now), new("b", "B", null, " reuters ", Now), new("c", "C", null, "REUTERS", Now));

        Sources(_scorer.Score(signal, Now)).Should().Be(1);
    }

    [Fact]
    public void Score_EvidenceWithoutASource_CountsItsAddressesHost()
    {
        var signal = SignalOf(
            new("a", "A", new Uri("https://www.reuters.com/markets/a"), null, Now),
            new("b", "B", new Uri("https://reuters.com/markets/b"), null, Now),
            new("c", "C", new Uri("https://www.ft.com/content/c"), null, Now));

        Sources(_scorer.Score(signal, Now)).Should().Be(2, "www.reuters.com and reuters.com are one outlet, ft.com another");
    }

    [Fact]
    public void Score_LaterAsOf_DecaysRecency()
    {
        var signal = SignalFrom([("Reuters", Now, false), ("Caixin", Now, false)], extractions: 2);

        var fresh = _scorer.Score(signal, Now);
        var stale = _scorer.Score(signal, Now.AddDays(7));

        Recency(stale).Should().BeApproximately(Recency(fresh) / 2, 1e-9, "the default half-life is seven days");
        stale.RawScore.Should().BeLessThan(fresh.RawScore);
    }

    [Fact]
    public void Score_BurstAgainstOwnHistory_EarnsVelocity()
    {
        var steady = SignalFrom(Enumerable.Range(0, 10).Select(i => ("s" + i, Now.AddDays(-3 * i), false)), extractions: 10);
        var burst = SignalFrom(Enumerable.Range(0, 10).Select(i => ("s" + i, i < 7 ? Now.AddHours(-i) : Now.AddDays(-20 - i), false)), extractions: 10);

        Velocity(_scorer.Score(burst, Now)).Should().BeGreaterThan(Velocity(_scorer.Score(steady, Now)));
    }

    [Fact]
    public void Score_ReadmeWorkedExample_GivesEightAndFiveWithoutCorroboration()
    {
        var may20 = new DateTimeOffset(2026, 5, 20, 0, 0, 0, TimeSpan.Zero);
        using var defaults = new ServiceCollection().AddBellwether().Services.BuildServiceProvider();
        var scorer = defaults.GetRequiredService<ISignalScorer>();
        var corroborated = SignalFrom([("Reuters", may20, false), ("Caixin", may20.AddDays(1), false), ("Yahoo", may20.AddDays(1), true)], extractions: 3);
        var alone = SignalFrom([("Reuters", may20, false), ("Reuters", may20.AddDays(1), false), ("Yahoo", may20.AddDays(1), true)], extractions: 3);

        var strength = scorer.Score(corroborated, may20.AddDays(1.5));
        var single = scorer.Score(alone, may20.AddDays(1.5));

        strength.RawScore.Should().BeApproximately(8.975, 0.001);
        strength.Strength.Should().Be(8, "8.975 is just past the knee: 8 + 2·(1 − e^(−0.975/14)) = 8.14");
        single.RawScore.Should().BeApproximately(7.513, 0.001);
        single.Strength.Should().Be(5);
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(5.4, 5.4)]
    [InlineData(8.0, 8.0)]
    public void Calibrate_RawScoreUpToTheKnee_IsUnchanged(double raw, double expected) =>
        Bellwether.Core.Internal.CorroborationSignalScorer.Calibrate(raw).Should().Be(expected);

    [Fact]
    public void Calibrate_AboveTheKnee_RisesSlowlyAndReachesTenOnlyPastThirty()
    {
        double[] raws = [8.5, 10, 15, 20, 30, 30.5, 40, 100];
        var calibrated = raws.Select(Bellwether.Core.Internal.CorroborationSignalScorer.Calibrate).ToList();

        calibrated.Should().BeInAscendingOrder().And.OnlyContain(c => c < 10);
        Math.Round(Bellwether.Core.Internal.CorroborationSignalScorer.Calibrate(30), MidpointRounding.AwayFromZero).Should().Be(9);
        Math.Round(Bellwether.Core.Internal.CorroborationSignalScorer.Calibrate(30.5), MidpointRounding.AwayFromZero).Should().Be(10);
    }

    public void Dispose() => _provider.Dispose();

    private static double Recency(StrengthBreakdown s) => s.Components.Single(c => c.Name == "recency").Points;

    private static double Velocity(StrengthBreakdown s) => s.Components.Single(c => c.Name == "velocity").Points;

    private static double Sources(StrengthBreakdown s) => s.Components.Single(c => c.Name == "independent sources").Value;

    private static Signal SignalOf(params ArticleReference[] articles) => new()
    {
        Id = "sig",
        Headline = "A pattern",
        ExtractionCount = articles.Length,
        FirstExtractedAt = Now,
        LastReinforcedAt = Now,
        Evidence = [.. articles.Select(a => new ArticleEvidence { Article = a, ExtractedAt = Now })],
    };

    private static Signal SignalFrom(IEnumerable<(string Source, DateTimeOffset At, bool Copy)> evidence, int extractions)
    {
        var items = evidence.Select((e, i) => new ArticleEvidence
        {
            Article = new ArticleReference("a" + i, "Title " + i, null, e.Source, e.At),
            IsNearDuplicate = e.Copy,
            ExtractedAt = e.At,
        }).ToList();
        return new Signal
        {
            Id = "sig",
            Headline = "A pattern",
            ExtractionCount = extractions,
            FirstExtractedAt = items.Min(e => e.Article.PublishedAt!.Value),
            LastReinforcedAt = items.Max(e => e.Article.PublishedAt!.Value),
            Evidence = items,
        };
    }
}
