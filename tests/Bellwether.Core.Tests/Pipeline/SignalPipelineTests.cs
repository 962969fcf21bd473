using System.Diagnostics;
using System.Diagnostics.Metrics;
using Bellwether.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.Core.Tests.Pipeline;

public sealed class SignalPipelineTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 5, 22, 6, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly List<ServiceProvider> _providers = [];

    [Fact]
    public async Task IngestAsync_SeedArticles_CreatesSignalsWhoseQuotesAreVerbatim()
    {
        var services = Build();
        var pipeline = services.GetRequiredService<ISignalPipeline>();
        var seeds = SeedArticles.Load();

        var results = new List<IngestResult>();
        foreach (var article in seeds)
        {
            results.Add(await pipeline.IngestAsync(article));
        }

        results.Should().AllSatisfy(r => r.Outcome.Should().Be(IngestOutcome.Ingested));
        var page = await services.GetRequiredService<ISignalStore>().QueryAsync(new SignalQuery());
        page.Items.Should().NotBeEmpty();
        foreach (var evidence in page.Items.SelectMany(s => s.Evidence))
        {
            var article = seeds.Single(a => a.Id == evidence.Article.Id);
            evidence.Quotes.Should().NotBeEmpty().And.AllSatisfy(q =>
            {
                article.Text.Should().Contain(q.Text);
                q.Text.Should().Contain(q.KeyPhrase);
            });
        }
    }

    [Fact]
    public async Task IngestAsync_SeedArticles_EachEvidenceKeepsWhatItsArticleNamed()
    {
        var services = Build();
        var pipeline = services.GetRequiredService<ISignalPipeline>();
        var extractor = services.GetRequiredService<ISignalExtractor>();

        var seeds = SeedArticles.Load();
        foreach (var article in seeds)
        {
            await pipeline.IngestAsync(article);
        }

        var signal = (await services.GetRequiredService<ISignalStore>().QueryAsync(new SignalQuery())).Items.Should().ContainSingle().Subject;
        foreach (var evidence in signal.Evidence)
        {
            var candidate = (await extractor.ExtractAsync(seeds.Single(a => a.Id == evidence.Article.Id))).Should().ContainSingle().Subject;
            evidence.Actors.Should().Equal(candidate.Actors);
            evidence.Topics.Should().Equal(candidate.Topics);
            evidence.Regions.Should().Equal(candidate.Regions);
            evidence.Domains.Should().Equal(candidate.Domains);
        }

        signal.Evidence.Should().HaveCount(2);
        signal.KeyTopics.Should().BeEquivalentTo(signal.Topics, "with two articles, what either names is corroborated enough");
    }

    [Fact]
    public async Task IngestAsync_SameArticleTwice_SecondIsDuplicateAndNothingIsCountedTwice()
    {
        var services = Build();
        var pipeline = services.GetRequiredService<ISignalPipeline>();
        var article = SeedArticles.Load()[0];

        await pipeline.IngestAsync(article);
        var again = await pipeline.IngestAsync(article);

        again.Outcome.Should().Be(IngestOutcome.Duplicate);
        again.Created.Should().BeEmpty();
        again.Reinforced.Should().BeEmpty();
        var signals = (await services.GetRequiredService<ISignalStore>().QueryAsync(new SignalQuery())).Items;
        signals.Sum(s => s.ExtractionCount).Should().Be(signals.Count);
    }

    [Fact]
    public async Task IngestAsync_SameContentUnderAnotherId_IsDuplicate()
    {
        var pipeline = Build().GetRequiredService<ISignalPipeline>();
        var article = SeedArticles.Load()[0];

        await pipeline.IngestAsync(article);
        var copy = await pipeline.IngestAsync(article with { Id = "syndicated-copy" });

        copy.Outcome.Should().Be(IngestOutcome.Duplicate);
    }

    [Fact]
    public async Task IngestAsync_InvalidArticle_ThrowsNamingTheFieldAndStoresNothing()
    {
        var services = Build();
        var pipeline = services.GetRequiredService<ISignalPipeline>();

        var ingest = async () => await pipeline.IngestAsync(new Article { Id = "bad", Title = "" });

        (await ingest.Should().ThrowAsync<ArticleValidationException>()).Which.Field.Should().Be(nameof(Article.Title));
        (await services.GetRequiredService<ISignalStore>().QueryAsync(new SignalQuery())).TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task IngestAsync_EmptyTitleWithABody_DerivesTheTitleAndEvidenceKeepsTheMark()
    {
        var services = Build();
        var seed = SeedArticles.Load()[0];

        var result = await services.GetRequiredService<ISignalPipeline>().IngestAsync(seed with { Title = "", Text = seed.Title + "\n" + seed.Text });

        result.Outcome.Should().Be(IngestOutcome.Ingested);
        var evidence = (await AllSignals(services.GetRequiredService<ISignalStore>())).SelectMany(s => s.Evidence).Should().NotBeEmpty().And.Subject;
        evidence.Should().AllSatisfy(e => (e.Article.Title, e.Article.IsTitleDerived).Should().Be((seed.Title.Trim(), true)));
    }

    [Fact]
    public async Task IngestAsync_StreamOfArticlesWithoutTitles_DerivesEveryTitle()
    {
        var extractor = new ScriptedExtractor(article => [Candidate(article)]);
        var services = Build(b => b.Services.Replace(ServiceDescriptor.Singleton<ISignalExtractor>(extractor)));
        var articles = Enumerable.Range(0, 3).Select(i => new Article { Id = $"t{i}", Title = "", Text = $"Headline number {i} of the wire\nA body that says more about story {i} than the headline." });

        var results = new List<IngestResult>();
        await foreach (var result in services.GetRequiredService<ISignalPipeline>().IngestAsync(articles.ToAsyncEnumerable()))
        {
            results.Add(result);
        }

        results.Select(r => r.Outcome).Should().Equal(IngestOutcome.Ingested, IngestOutcome.Ingested, IngestOutcome.Ingested);
        var references = (await AllSignals(services.GetRequiredService<ISignalStore>())).SelectMany(s => s.Evidence).Select(e => e.Article).OrderBy(a => a.Id, StringComparer.Ordinal);
        references.Select(a => (a.Title, a.IsTitleDerived)).Should().Equal(Enumerable.Range(0, 3).Select(i => ($"Headline number {i} of the wire", true)));
    }

    [Fact]
    public async Task IngestAsync_StreamWithUnusableArticles_RejectsEachNamingTheFieldAndIngestsTheRest()
    {
        var services = Build(b => b.UseSignalExtractor<RecordingExtractor>());
        var good = Enumerable.Range(0, 3).Select(i => NewArticle($"good-{i}", $"Story number {i} about topic {i * 7919 % 13}", Now, "Wire")).ToList();
        Article?[] stream =
        [
            good[0],
            NewArticle("", "No identifier at all", Now, "Wire"),
            NewArticle("bad\u0001id", "Control character in the identifier", Now, "Wire"),
            good[1],
            NewArticle("year-3000", "Dated a millennium ahead", new DateTimeOffset(3000, 1, 1, 0, 0, 0, TimeSpan.Zero), "Wire"),
            new Article { Id = "blank", Title = " ", Text = "" },
            null,
            good[2],
        ];

        var results = new List<IngestResult>();
        await foreach (var result in services.GetRequiredService<ISignalPipeline>().IngestAsync(stream.ToAsyncEnumerable()!))
        {
            results.Add(result);
        }

        results.Select(r => (r.ArticleId, r.Outcome, r.Rejection?.Field)).Should().Equal(
            ("good-0", IngestOutcome.Ingested, null),
            ("", IngestOutcome.Rejected, "Id"),
            ("bad\u0001id", IngestOutcome.Rejected, "Id"),
            ("good-1", IngestOutcome.Ingested, null),
            ("year-3000", IngestOutcome.Rejected, "PublishedAt"),
            ("blank", IngestOutcome.Rejected, "Title"),
            ("", IngestOutcome.Rejected, "article"),
            ("good-2", IngestOutcome.Ingested, null));
        results.Where(r => r.Outcome == IngestOutcome.Rejected).Should().AllSatisfy(r => r.Rejection!.Reason.Should().NotBeNullOrWhiteSpace());
        var evidence = (await AllSignals(services.GetRequiredService<ISignalStore>())).SelectMany(s => s.Evidence).Select(e => e.Article.Id);
        evidence.Should().BeEquivalentTo(good.Select(a => a.Id));
    }

    [Fact]
    public async Task IngestAsync_StreamWhoseExtractorFails_EndsWithTheExtractorsError()
    {
        var extractor = new ScriptedExtractor(article => article.Id == "second" ? throw new ExtractorBrokeException() : []);
        var pipeline = Build(b => b.Services.Replace(ServiceDescriptor.Singleton<ISignalExtractor>(extractor))).GetRequiredService<ISignalPipeline>();
        var stream = new[] { "first", "second", "third" }.Select(id => NewArticle(id, "Headline of " + id, Now, "Wire")).ToAsyncEnumerable();

        var seen = new List<string>();
        var run = async () =>
        {
            await foreach (var result in pipeline.IngestAsync(stream))
            {
                seen.Add(result.ArticleId);
            }
        };

        await run.Should().ThrowAsync<ExtractorBrokeException>();
        seen.Should().Equal("first");
    }

    [Fact]
    public async Task IngestAsync_TextOverTheLimit_IsCutAtASentenceAndIngestedWithTheRepairReported()
    {
        Article? seen = null;
        var extractor = new ScriptedExtractor(a =>
        {
            seen = a;
            return [];
        });
        var services = Build(b =>
        {
            b.Services.Configure<BellwetherOptions>(o => o.MaxArticleTextLength = 2000);
            b.Services.Replace(ServiceDescriptor.Singleton<ISignalExtractor>(extractor));
        });
        var article = NewArticle("long", "Chipmaker files for IPO", Now, "Wire") with { Text = string.Concat(Enumerable.Repeat("The chipmaker filed for a listing. ", 200)) };

        var result = await services.GetRequiredService<ISignalPipeline>().IngestAsync(article);

        result.Outcome.Should().NotBe(IngestOutcome.Rejected);
        result.Repairs.Should().ContainSingle().Which.Field.Should().Be(nameof(Article.Text));
        seen!.Text.Should().EndWith("listing.");
        seen.Text.Length.Should().BeInRange(1950, 2000);
    }

    [Fact]
    public async Task IngestAsync_JavascriptAddress_DropsTheAddressAndKeepsTheArticle()
    {
        var services = Build();
        var seed = SeedArticles.Load()[0] with { Url = new Uri("javascript:alert(1)") };

        var result = await services.GetRequiredService<ISignalPipeline>().IngestAsync(seed);

        result.Outcome.Should().Be(IngestOutcome.Ingested);
        result.Repairs.Should().ContainSingle().Which.Field.Should().Be(nameof(Article.Url));
        (await AllSignals(services.GetRequiredService<ISignalStore>())).SelectMany(s => s.Evidence).Should().AllSatisfy(e => e.Article.Url.Should().BeNull());
    }

    [Fact]
    public async Task IngestAsync_ArticleDatedBeyondTheAllowedSkew_ThrowsNamingPublishedAtAndStoresNothing()
    {
        var services = Build();
        var pipeline = services.GetRequiredService<ISignalPipeline>();
        var nextYear = NewArticle("ahead", "Chinese memory chipmaker plans mega IPO", Now.AddYears(1), "Caixin");

        var ingest = async () => await pipeline.IngestAsync(nextYear);

        (await ingest.Should().ThrowAsync<ArticleValidationException>()).Which.Field.Should().Be(nameof(Article.PublishedAt));
        (await services.GetRequiredService<ISignalStore>().QueryAsync(new SignalQuery())).TotalCount.Should().Be(0);
        (await pipeline.IngestAsync(nextYear with { Id = "skewed", PublishedAt = Now.AddHours(20) })).Outcome.Should().Be(IngestOutcome.Ingested, "a few hours of clock skew are tolerated");
    }

    [Theory]
    [InlineData("Headline")]
    [InlineData("Horizon")]
    [InlineData("Domains")]
    [InlineData("Topics")]
    [InlineData("Regions")]
    [InlineData("Evidence.Article")]
    [InlineData("Evidence.Quotes")]
    public async Task IngestAsync_ExtractorProposesABadCandidate_ThrowsNamingItAndStoresNothing(string field)
    {
        var extractor = new ScriptedExtractor(article => [Candidate(article), Broken(Candidate(article), field)]);
        var services = Build(b => b.Services.Replace(ServiceDescriptor.Singleton<ISignalExtractor>(extractor)));
        var article = SeedArticles.Load()[0];

        var ingest = async () => await services.GetRequiredService<ISignalPipeline>().IngestAsync(article);

        var error = (await ingest.Should().ThrowAsync<SignalCandidateValidationException>()).Which;
        (error.ArticleId, error.CandidateIndex, error.Field).Should().Be((article.Id, 1, field));
        (await services.GetRequiredService<ISignalStore>().QueryAsync(new SignalQuery())).TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task IngestAsync_ExtractorCandidateWithLowerCaseRegion_IsRefused()
    {
        var extractor = new ScriptedExtractor(article => [Candidate(article) with { Regions = ["cn"] }]);
        var pipeline = Build(b => b.Services.Replace(ServiceDescriptor.Singleton<ISignalExtractor>(extractor))).GetRequiredService<ISignalPipeline>();

        var ingest = async () => await pipeline.IngestAsync(SeedArticles.Load()[0]);

        await ingest.Should().ThrowAsync<SignalCandidateValidationException>().WithMessage("*Regions*'cn'*");
    }

    [Fact]
    public async Task IngestAsync_SecondCandidateAboutSomethingElse_StartsItsOwnSignalInsteadOfJoiningTheStorysSignal()
    {
        static SignalCandidate Copper(Article article) => new()
        {
            Headline = "Chilean copper strike tightens supply",
            Topics = ["mining"],
            Regions = ["CL"],
            Evidence = new ArticleEvidence { Article = article.ToReference(), Quotes = [new Quote(article.Title, "strike")] },
        };
        var coffee = new SignalCandidate
        {
            Headline = "Brazilian drought cuts the coffee harvest",
            Topics = ["coffee"],
            Regions = ["BR"],
            Evidence = new ArticleEvidence { Article = NewArticle("b", "Chile copper mine strike spreads to a second site", Now, "AP").ToReference(), Quotes = [new Quote("Drought cuts the Brazilian coffee harvest forecast", "coffee")] },
        };
        var extractor = new ScriptedExtractor(article => article.Id == "b" ? [Copper(article), coffee] : [Copper(article)]);
        var services = Build(b => b.Services.Replace(ServiceDescriptor.Singleton<ISignalExtractor>(extractor)));
        var pipeline = services.GetRequiredService<ISignalPipeline>();
        var first = await pipeline.IngestAsync(NewArticle("a", "Copper price jumps as Chile mine strike spreads", Now, "Reuters"));

        var second = await pipeline.IngestAsync(NewArticle("b", "Chile copper mine strike spreads to a second site", Now, "AP"));

        second.StoryId.Should().Be(first.StoryId, "the article joins the strike's story");
        second.Reinforced.Should().ContainSingle().Which.Topics.Should().Equal("mining");
        second.Created.Should().ContainSingle().Which.Topics.Should().Equal("coffee");
        second.Reinforced[0].ExtractionCount.Should().Be(2);
    }

    [Fact]
    public async Task IngestAsync_ExtractorCitesTheArticleWithAnotherAddress_StoresTheArticlesOwnReference()
    {
        var extractor = new ScriptedExtractor(article => [Candidate(article) with
        {
            Evidence = Candidate(article).Evidence with { Article = article.ToReference() with { Url = new Uri("javascript:alert(1)"), Source = "Forged" } },
        }]);
        var pipeline = Build(b => b.Services.Replace(ServiceDescriptor.Singleton<ISignalExtractor>(extractor))).GetRequiredService<ISignalPipeline>();
        var article = SeedArticles.Load()[0];

        var result = await pipeline.IngestAsync(article);

        var cited = result.Created.Should().ContainSingle().Subject.Evidence.Single().Article;
        (cited.Url, cited.Source, cited.Title).Should().Be((article.Url, article.Source, article.Title));
    }

    [Fact]
    public async Task IngestAsync_ExtractorThrows_RecordsAFailedOutcomeAndAnErrorSpan()
    {
        var extractor = new ScriptedExtractor(_ => throw new ExtractorBrokeException());
        var pipeline = Build(b => b.Services.Replace(ServiceDescriptor.Singleton<ISignalExtractor>(extractor))).GetRequiredService<ISignalPipeline>();
        var article = NewArticle("breaks-" + Guid.NewGuid().ToString("N"), "Chinese memory chipmaker plans mega IPO", Now, "Caixin");
        var errorType = typeof(ExtractorBrokeException).FullName;
        var failed = 0L;
        Activity? span = null;
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == BellwetherDiagnostics.MeterName && instrument.Name == "bellwether.articles.ingested")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var pairs = tags.ToArray();
            if (pairs.Any(t => t.Key == "outcome" && Equals(t.Value, "Failed")) && pairs.Any(t => t.Key == "error.type" && Equals(t.Value, errorType)))
            {
                Interlocked.Add(ref failed, value);
            }
        });
        meters.Start();
        using var spans = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BellwetherDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => span = Equals(a.GetTagItem("bellwether.article.id"), article.Id) ? a : span,
        };
        ActivitySource.AddActivityListener(spans);

        var ingest = async () => await pipeline.IngestAsync(article);

        await ingest.Should().ThrowAsync<ExtractorBrokeException>();
        Interlocked.Read(ref failed).Should().Be(1);
        span.Should().NotBeNull();
        span!.Status.Should().Be(ActivityStatusCode.Error);
        span.GetTagItem("error.type").Should().Be(errorType);
    }

    [Fact]
    public async Task IngestAsync_MatchingTurnHeldElsewhere_WaitsForItAndRecordsTheWait()
    {
        var services = Build();
        var pipeline = services.GetRequiredService<ISignalPipeline>();
        var longest = 0.0;
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == BellwetherDiagnostics.MeterName && instrument.Name == "bellwether.match_turn.wait")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (meters)
            {
                longest = Math.Max(longest, value);
            }
        });
        meters.Start();
        var held = TimeSpan.FromMilliseconds(200);
        var turn = await services.GetRequiredService<ISignalStore>().AcquireMatchTurnAsync();

        var ingest = pipeline.IngestAsync(NewArticle("waits", "Chinese memory chipmaker plans mega IPO", Now, "Caixin")).AsTask();
        var early = await Task.WhenAny(ingest, Task.Delay(held));
        await turn.DisposeAsync();
        var result = await ingest;

        early.Should().NotBeSameAs(ingest, "another holder has the turn");
        result.Outcome.Should().Be(IngestOutcome.Ingested);
        lock (meters)
        {
            longest.Should().BeGreaterThanOrEqualTo(held.TotalSeconds * 0.9);
        }
    }

    [Fact]
    public async Task IngestAsync_GermanStreamOfTwoStories_GroupsEachStoryByItsWords()
    {
        var services = Build();
        var pipeline = services.GetRequiredService<ISignalPipeline>();
        (string Id, string Title, string Text)[] articles =
        [
            ("flood-1", "Hochwasser in Passau: Donau erreicht Rekordpegel", "Die Donau hat in Passau am Montag einen Pegel von mehr als zwölf Metern erreicht. Die Altstadt steht unter Wasser, Hunderte Bewohner wurden mit Booten aus ihren Häusern geholt. Der Krisenstab der Stadt rechnet damit, dass das Hochwasser erst am Mittwoch zurückgeht."),
            ("strike-1", "Lokführer streiken: Bahn stellt Fernverkehr ein", "Die Gewerkschaft der Lokführer hat ihre Mitglieder zu einem Streik von drei Tagen aufgerufen. Die Deutsche Bahn stellt den Fernverkehr fast vollständig ein, im Regionalverkehr fährt nur jeder fünfte Zug. Die Gewerkschaft fordert eine kürzere Arbeitszeit bei gleichem Lohn."),
            ("flood-2", "Passau kämpft gegen das Hochwasser der Donau", "In Passau steigt die Donau weiter, der Pegel liegt über zwölf Metern. Helfer füllen Sandsäcke, die Altstadt ist gesperrt und Bewohner werden mit Booten versorgt. Der Krisenstab warnt, das Hochwasser gehe frühestens am Mittwoch zurück."),
            ("strike-2", "Streik der Lokführer legt den Fernverkehr lahm", "Der Streik der Lokführer trifft Millionen Pendler: Die Bahn hat den Fernverkehr weitgehend eingestellt. Die Gewerkschaft will drei Tage streiken und verlangt eine kürzere Arbeitszeit ohne Lohnverlust. Im Regionalverkehr fährt nur ein Teil der Züge."),
            ("flood-3", "Rekordpegel: Passauer Altstadt unter Wasser", "Nach dem Rekordpegel der Donau von mehr als zwölf Metern ist die Passauer Altstadt überflutet. Bewohner wurden mit Booten in Sicherheit gebracht, der Krisenstab erwartet das Ende des Hochwassers am Mittwoch."),
            ("strike-3", "Bahn: Fernverkehr ruht wegen Streik der Lokführer", "Wegen des Streiks der Gewerkschaft der Lokführer ruht der Fernverkehr der Bahn für drei Tage. Die Gewerkschaft fordert eine kürzere Arbeitszeit, die Bahn nennt den Streik unverhältnismäßig. Im Regionalverkehr fällt ein Großteil der Züge aus."),
        ];

        var results = new Dictionary<string, IngestResult>();
        foreach (var (id, title, text) in articles)
        {
            results[id] = await pipeline.IngestAsync(new Article { Id = id, Title = title, Text = text, Language = "de", PublishedAt = Now, Source = id });
        }

        results.Values.Should().OnlyContain(r => r.Outcome == IngestOutcome.Ingested);
        var flood = results.Where(r => r.Key.StartsWith("flood", StringComparison.Ordinal)).Select(r => r.Value.StoryId).Distinct().Should().ContainSingle().Subject;
        var strike = results.Where(r => r.Key.StartsWith("strike", StringComparison.Ordinal)).Select(r => r.Value.StoryId).Distinct().Should().ContainSingle().Subject;
        flood.Should().NotBe(strike);
        (await AllSignals(services.GetRequiredService<ISignalStore>())).Select(s => s.ArticleCount).Should().Equal(3, 3);
    }

    [Fact]
    public async Task IngestAsync_BodiesGivenAsHtml_GroupEachStoryByItsWordsNotItsMarkup()
    {
        var pipeline = Build().GetRequiredService<ISignalPipeline>();
        (string Id, string Title, string[] Paragraphs)[] articles =
        [
            ("flood-1", "Danube floods Passau old town", ["The Danube reached a record level of more than twelve metres in Passau on Monday.", "Hundreds of residents were taken from their homes by boat, and the crisis team expects the water to fall on Wednesday."]),
            ("strike-1", "Train drivers strike, halting long-distance rail", ["The train drivers' union called a three-day strike, and Deutsche Bahn cancelled almost all long-distance services.", "The union wants a shorter working week at the same pay."]),
            ("flood-2", "Passau fights record Danube flood", ["The Danube kept rising in Passau, above twelve metres, as volunteers filled sandbags.", "Residents of the old town were supplied by boat; the crisis team said the flood would not fall before Wednesday."]),
            ("strike-2", "Drivers' strike stops long-distance trains", ["Millions of commuters were hit as the train drivers' strike stopped long-distance rail services.", "The union plans to strike for three days and demands a shorter working week without a pay cut."]),
            ("flood-3", "Passau old town under water after record level", ["After the Danube's record level of more than twelve metres, the old town of Passau is flooded.", "Residents were brought to safety by boat, and the crisis team expects the flood to end on Wednesday."]),
            ("strike-3", "Rail services halted by train drivers' strike", ["Long-distance rail services are halted for three days by the train drivers' union's strike.", "The union demands a shorter working week; Deutsche Bahn calls the strike excessive."]),
        ];

        var stories = new Dictionary<string, string?>();
        foreach (var (id, title, paragraphs) in articles)
        {
            // The page as a scraper keeps it: layout, tracking script and style around every paragraph.
            var html = "<div class=\"article-body story-content main-column responsive-layout\" data-component=\"text-block\" data-analytics-region=\"article-body\">" +
                "<script type=\"text/javascript\">window.dataLayer = window.dataLayer || []; dataLayer.push({pageCategory: 'news', pageTemplate: 'article', subscriberStatus: 'anonymous'});</script>" +
                "<style>.article-body p { font-family: Georgia, serif; margin-bottom: 1em; }</style>" +
                string.Concat(paragraphs.Select(p => $"<p class=\"paragraph body-text responsive-paragraph\" data-component=\"paragraph\">{p}</p>")) +
                "<aside class=\"related-content newsletter-signup\" data-component=\"promo\"><a href=\"/newsletters/signup?utm_source=article&amp;utm_medium=promo\"></a></aside></div>";
            var result = await pipeline.IngestAsync(new Article { Id = id, Title = title, Text = html, PublishedAt = Now, Source = id });
            result.Outcome.Should().Be(IngestOutcome.Ingested);
            stories[id] = result.StoryId;
        }

        var flood = stories.Where(s => s.Key.StartsWith("flood", StringComparison.Ordinal)).Select(s => s.Value).Distinct().Should().ContainSingle().Subject;
        var strike = stories.Where(s => s.Key.StartsWith("strike", StringComparison.Ordinal)).Select(s => s.Value).Distinct().Should().ContainSingle().Subject;
        flood.Should().NotBe(strike);
    }

    [Fact]
    public async Task IngestAsync_ChineseHeadlinesOfTwoStories_GroupsEachStoryByItsCharacters()
    {
        var pipeline = Build().GetRequiredService<ISignalPipeline>();
        (string Id, string Title)[] headlines =
        [
            ("flood-1", "长江中游暴雨引发洪水，武汉紧急转移数万居民"),
            ("cars-1", "比亚迪宣布全系电动车降价百分之十"),
            ("flood-2", "武汉洪水：长江水位创新高，数万居民紧急转移"),
            ("cars-2", "比亚迪电动车大幅降价，价格战升级"),
            ("flood-3", "暴雨持续，长江武汉段水位再创新高"),
            ("cars-3", "价格战升级：比亚迪电动车再降价"),
        ];

        var stories = new Dictionary<string, string?>();
        foreach (var (id, title) in headlines)
        {
            var result = await pipeline.IngestAsync(new Article { Id = id, Title = title, Language = "zh", PublishedAt = Now, Source = id });
            result.Outcome.Should().Be(IngestOutcome.Ingested);
            stories[id] = result.StoryId;
        }

        var flood = stories.Where(s => s.Key.StartsWith("flood", StringComparison.Ordinal)).Select(s => s.Value).Distinct().Should().ContainSingle().Subject;
        var cars = stories.Where(s => s.Key.StartsWith("cars", StringComparison.Ordinal)).Select(s => s.Value).Distinct().Should().ContainSingle().Subject;
        flood.Should().NotBe(cars);
    }

    [Fact]
    public async Task IngestAsync_ArticleOnTheSamePattern_ReinforcesTheExistingSignal()
    {
        var services = Build(b => b.UseSignalExtractor<RecordingExtractor>());
        var pipeline = services.GetRequiredService<ISignalPipeline>();
        var first = NewArticle("a", "Chinese memory chipmaker plans mega IPO on STAR Market", Now.AddDays(-2), "Caixin");
        var second = NewArticle("b", "Chinese memory chipmaker plans mega IPO on Shanghai's STAR Market board", Now.AddDays(-1), "Reuters");

        var created = await pipeline.IngestAsync(first);
        var reinforced = await pipeline.IngestAsync(second);

        created.Created.Should().ContainSingle();
        reinforced.Created.Should().BeEmpty();
        var signal = reinforced.Reinforced.Should().ContainSingle().Subject;
        signal.Id.Should().Be(created.Created[0].Id);
        signal.ExtractionCount.Should().Be(2);
        signal.ArticleCount.Should().Be(2);
        signal.FirstExtractedAt.Should().Be(Now.AddDays(-2));
        signal.LastReinforcedAt.Should().Be(Now.AddDays(-1));
        signal.Strength.Strength.Should().BeGreaterThan(created.Created[0].Strength.Strength);
        signal.History.Select(h => h.ArticleCount).Should().Equal(1, 2);
    }

    [Fact]
    public async Task IngestAsync_UnrelatedArticle_CreatesASecondSignal()
    {
        var services = Build(b => b.UseSignalExtractor<RecordingExtractor>());
        var pipeline = services.GetRequiredService<ISignalPipeline>();

        await pipeline.IngestAsync(NewArticle("a", "Chinese memory chipmaker plans mega IPO", Now, "Caixin"));
        var other = await pipeline.IngestAsync(NewArticle("b", "Drought cuts Brazilian coffee harvest forecast", Now, "Reuters"));

        other.Created.Should().ContainSingle();
        (await services.GetRequiredService<ISignalStore>().QueryAsync(new SignalQuery())).TotalCount.Should().Be(2);
    }

    [Fact]
    public async Task IngestAsync_Stream_YieldsOneResultPerArticleInInputOrder()
    {
        var pipeline = Build(b => b.UseSignalExtractor<RecordingExtractor>()).GetRequiredService<ISignalPipeline>();
        var articles = Enumerable.Range(0, 20).Select(i => NewArticle($"a{i}", $"Story number {i} about topic {i * 7919 % 13}", Now, "Wire")).ToList();

        var ids = new List<string>();
        await foreach (var result in pipeline.IngestAsync(articles.ToAsyncEnumerable()))
        {
            ids.Add(result.ArticleId);
        }

        ids.Should().Equal(articles.Select(a => a.Id));
    }

    [Fact]
    public async Task IngestAsync_FourParallelCallers_AccountForEveryCandidateExactlyOnce()
    {
        var services = Build(b => b.UseSignalExtractor<RecordingExtractor>());
        var pipeline = services.GetRequiredService<ISignalPipeline>();
        var articles = Enumerable.Range(0, 400)
            .Select(i => NewArticle($"a{i}", $"Chipmaker {i % 25} expands fab capacity in region {i % 7} quarter {i}", Now, $"Outlet {i % 5}"))
            .ToList();

        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (article, ct) => await pipeline.IngestAsync(article, ct));

        var signals = await AllSignals(services.GetRequiredService<ISignalStore>());
        signals.Sum(s => s.ExtractionCount).Should().Be(articles.Count);
        signals.SelectMany(s => s.Evidence).Select(e => e.Article.Id).Should().OnlyHaveUniqueItems().And.HaveCount(articles.Count);
    }

    [Fact]
    public async Task IngestAsync_NewPipelineOverAPopulatedStore_MatchesSignalsItDidNotCreate()
    {
        var store = Build().GetRequiredService<ISignalStore>();
        var first = Build(b => { b.Services.AddSingleton(store); b.UseSignalExtractor<RecordingExtractor>(); }).GetRequiredService<ISignalPipeline>();
        var second = Build(b => { b.Services.AddSingleton(store); b.UseSignalExtractor<RecordingExtractor>(); }).GetRequiredService<ISignalPipeline>();

        var created = await first.IngestAsync(NewArticle("a", "Chinese memory chipmaker plans mega IPO on STAR Market", Now, "Caixin"));
        var reinforced = await second.IngestAsync(NewArticle("b", "Chinese memory chipmaker plans mega IPO on STAR Market board", Now, "Reuters"));

        reinforced.Reinforced.Should().ContainSingle().Which.Id.Should().Be(created.Created[0].Id);
    }

    [Fact]
    public async Task IngestAsync_OnlyItsOwnWrites_ReadsNoneOfThemBackFromTheChangeFeed()
    {
        var store = new WatchedStore(Build().GetRequiredService<ISignalStore>());
        var pipeline = Build(b => { b.Services.AddSingleton<ISignalStore>(store); b.UseSignalExtractor<RecordingExtractor>(); }).GetRequiredService<ISignalPipeline>();

        var results = new List<IngestResult>();
        for (var i = 0; i < 6; i++)
        {
            results.Add(await pipeline.IngestAsync(NewArticle($"a-{i}", $"Chinese memory chipmaker plans mega IPO on STAR Market, report {i}", Now, $"Outlet {i}")));
        }

        store.SignalsRead.Should().Be(0, "the pipeline observed each of its writes as it made them");
        results.Skip(1).Should().AllSatisfy(r => r.Reinforced.Should().ContainSingle().Which.Id.Should().Be(results[0].Created[0].Id));
    }

    [Fact]
    public async Task IngestAsync_AnotherWriterInBetween_ReadsItsChangeFromTheFeedAndMatchesIt()
    {
        var store = new WatchedStore(Build().GetRequiredService<ISignalStore>());
        var first = Build(b => { b.Services.AddSingleton<ISignalStore>(store); b.UseSignalExtractor<RecordingExtractor>(); }).GetRequiredService<ISignalPipeline>();
        var second = Build(b => { b.Services.AddSingleton<ISignalStore>(store); b.UseSignalExtractor<RecordingExtractor>(); }).GetRequiredService<ISignalPipeline>();

        await first.IngestAsync(NewArticle("a", "Copper mine strike in Chile halts output", Now, "AP"));
        var other = await second.IngestAsync(NewArticle("b", "Chinese memory chipmaker plans mega IPO on STAR Market", Now, "Caixin"));
        var readBefore = store.SignalsRead;
        var reinforced = await first.IngestAsync(NewArticle("c", "Chinese memory chipmaker plans mega IPO on STAR Market board", Now, "Reuters"));

        store.SignalsRead.Should().Be(readBefore + 1, "the first pipeline reads the second's new signal, and only that one");
        reinforced.Reinforced.Should().ContainSingle().Which.Id.Should().Be(other.Created[0].Id);
    }

    [Fact]
    public async Task IngestAsync_CancelledToken_ThrowsAndStoresNothing()
    {
        var services = Build();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var ingest = async () => await services.GetRequiredService<ISignalPipeline>().IngestAsync(SeedArticles.Load()[0], cancelled.Token);

        await ingest.Should().ThrowAsync<OperationCanceledException>();
        (await services.GetRequiredService<ISignalStore>().QueryAsync(new SignalQuery())).TotalCount.Should().Be(0);
    }

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }
    }

    private static Article NewArticle(string id, string title, DateTimeOffset publishedAt, string source) =>
        new() { Id = id, Title = title, PublishedAt = publishedAt, Source = source };

    private static async Task<IReadOnlyList<Signal>> AllSignals(ISignalStore store) =>
        (await store.QueryAsync(new SignalQuery { Limit = SignalQuery.MaxLimit })).Items;

    private static SignalCandidate Candidate(Article article) => new()
    {
        Headline = article.Title,
        Domains = [SignalDomain.Economic],
        Topics = ["semiconductors"],
        Regions = ["CN"],
        Evidence = new ArticleEvidence { Article = article.ToReference(), Quotes = [new Quote(article.Text![..40], "")] },
    };

    private static SignalCandidate Broken(SignalCandidate valid, string field) => field switch
    {
        "Headline" => valid with { Headline = "  " },
        "Horizon" => valid with { Horizon = (SignalHorizon)9 },
        "Domains" => valid with { Domains = [SignalDomain.Legal, (SignalDomain)42] },
        "Topics" => valid with { Topics = ["AI", ""] },
        "Regions" => valid with { Regions = ["China"] },
        "Evidence.Article" => valid with { Evidence = valid.Evidence with { Article = valid.Evidence.Article with { Id = "another-article" } } },
        "Evidence.Quotes" => valid with { Evidence = valid.Evidence with { Quotes = [new Quote(" ", "x")] } },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private sealed class ExtractorBrokeException : Exception;

    private ServiceProvider Build(Action<IBellwetherBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        var builder = services.AddBellwether();
        configure?.Invoke(builder);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }
}
