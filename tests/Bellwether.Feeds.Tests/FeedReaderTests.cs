using System.Text;
using Bellwether.Tests.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bellwether.Feeds.Tests;

public sealed class FeedReaderTests : IAsyncLifetime
{
    private LocalWebServer _server = null!;
    private ServiceProvider? _provider;

    public async Task InitializeAsync() => _server = await LocalWebServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ReadAsync_SummaryOnlyRss_ArticlesCarryThePagesFullText()
    {
        _server.MapText("/pages/a.html", "text/html; charset=utf-8", FeedFixtures.Page("Chipmaker plans Dresden plant", FeedFixtures.Paragraphs("MARKER-A", "Fabrikon")));
        _server.MapText("/pages/b.html", "text/html", FeedFixtures.Page("Second chip plant", FeedFixtures.Paragraphs("MARKER-B", "Siliqon")));
        _server.MapText("/rss.xml", "application/rss+xml", FeedFixtures.Rss("The Test Wire",
        [
            ("guid-a", _server.Url("/pages/a.html"), "Chipmaker plans Dresden plant", "A short summary of A.", "business"),
            (null, _server.Url("/pages/b.html"), "Second chip plant", "A short summary of B.", null),
        ]));

        var result = await Reader().ReadAsync(new FeedSource { Url = _server.Url("/rss.xml") });

        result.Status.Should().Be(FeedReadStatus.Read);
        result.Items.Should().HaveCount(2).And.OnlyContain(i => i.TextOrigin == ArticleTextOrigin.FullText);
        var a = result.Items[0].Article;
        a.Id.Should().Be("guid-a");
        a.Title.Should().Be("Chipmaker plans Dresden plant");
        a.Text.Should().Contain("MARKER-A Fabrikon said on Monday").And.Contain("Rivals are weighing similar projects").And.NotContain("A short summary").And.NotContain("Privacy");
        a.Source.Should().Be("The Test Wire");
        a.Section.Should().Be("business");
        a.Language.Should().Be("en");
        a.Url.Should().Be(_server.Url("/pages/a.html"));
        a.PublishedAt.Should().Be(new DateTimeOffset(2026, 5, 20, 6, 0, 0, TimeSpan.Zero));
        var b = result.Items[1].Article;
        b.Id.Should().Be(_server.Url("/pages/b.html").AbsoluteUri, "an item without a guid is known by its link");
        b.Section.Should().BeNull();
        b.Text.Should().Contain("MARKER-B Siliqon");
        _server.Requests.Should().OnlyContain(r => r.UserAgent.StartsWith("Bellwether.Feeds.Tests/1.0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_AtomWithFullContent_KeepsFeedContentWithoutFetchingThePage()
    {
        var paragraphs = FeedFixtures.Paragraphs("MARKER-ATOM", "Atomix").Concat(FeedFixtures.Paragraphs("again", "Atomix")).ToArray();
        _server.MapText("/atom.xml", "application/atom+xml", FeedFixtures.Atom("Atom Daily", [("urn:entry:1", _server.Url("/pages/atom.html"), "Atomix builds a plant", paragraphs)]));

        var result = await Reader().ReadAsync(new FeedSource { Url = _server.Url("/atom.xml"), Name = "Configured Name" });

        result.Status.Should().Be(FeedReadStatus.Read);
        var item = result.Items.Should().ContainSingle().Subject;
        item.TextOrigin.Should().Be(ArticleTextOrigin.FeedContent);
        item.Article.Id.Should().Be("urn:entry:1");
        item.Article.Text.Should().StartWith("MARKER-ATOM Atomix said").And.NotContain("<p>");
        item.Article.Source.Should().Be("Configured Name");
        item.Article.Language.Should().Be("de");
        item.Article.Section.Should().Be("technology");
        item.Article.PublishedAt.Should().Be(new DateTimeOffset(2026, 5, 20, 5, 30, 0, TimeSpan.Zero));
        _server.CountRequests("/pages/atom.html").Should().Be(0);
    }

    [Fact]
    public async Task ReadAsync_RdfFeedWhosePageIsMissing_KeepsTheSummaryAndSaysWhy()
    {
        _server.MapText("/rdf.xml", "application/rdf+xml", FeedFixtures.Rdf("Le Fil", _server.Url("/pages/gone.html"), "Une usine de puces", "Un court résumé."));

        var result = await Reader().ReadAsync(new FeedSource { Url = _server.Url("/rdf.xml") });

        result.Status.Should().Be(FeedReadStatus.Read);
        var item = result.Items.Should().ContainSingle().Subject;
        item.TextOrigin.Should().Be(ArticleTextOrigin.Summary);
        item.FullTextProblem.Should().Contain("404");
        item.Article.Text.Should().Be("Un court résumé.");
        item.Article.Source.Should().Be("Le Fil");
        item.Article.Language.Should().Be("fr");
        item.Article.Section.Should().Be("economy");
        item.Article.PublishedAt.Should().Be(new DateTimeOffset(2026, 5, 20, 6, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task ReadAllAsync_BrokenAndMissingFeeds_AreReportedAndTheOthersRead()
    {
        _server.MapText("/broken.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Broken</title><item><title>Never closed</channel>");
        _server.MapText("/good.xml", "text/xml", FeedFixtures.Rss("Good", [("g1", null, "Only a headline here", "And a line of text.", null)]));

        var results = await Reader().ReadAllAsync([
            new FeedSource { Url = _server.Url("/broken.xml") },
            new FeedSource { Url = _server.Url("/missing.xml") },
            new FeedSource { Url = _server.Url("/good.xml") },
        ]);

        results.Select(r => r.Status).Should().Equal(FeedReadStatus.Failed, FeedReadStatus.Failed, FeedReadStatus.Read);
        results[0].Error.Should().Contain("well-formed");
        results[1].Error.Should().Contain("404");
        results[2].Items.Should().ContainSingle().Which.Article.Title.Should().Be("Only a headline here");
        results[2].Items[0].TextOrigin.Should().Be(ArticleTextOrigin.Summary, "an item without a link has no page to fetch");
    }

    [Fact]
    public async Task ReadAsync_PagesThatCannotBeRead_KeepTheSummaryAndSayWhy()
    {
        _server.Map("/loop.html", context =>
        {
            context.Response.Redirect("/loop.html");
            return Task.CompletedTask;
        });
        _server.Map("/big.html", async context =>
        {
            context.Response.ContentType = "text/html";
            var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            for (var sent = 0L; sent < 50L << 20; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        _server.MapBytes("/doc.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.7 not really"));
        _server.MapText("/thin.html", "text/html", "<html><body><p>Cookies?</p></body></html>");
        var pages = new[] { "/loop.html", "/big.html", "/doc.pdf", "/thin.html" };
        _server.MapText("/hard.xml", "application/rss+xml", FeedFixtures.Rss("Hard", pages.Select(p => ((string?)p, (Uri?)_server.Url(p), "Item " + p, "Summary of " + p, (string?)null))));

        var result = await Reader().ReadAsync(new FeedSource { Url = _server.Url("/hard.xml") });

        result.Status.Should().Be(FeedReadStatus.Read);
        result.Items.Should().HaveCount(4).And.OnlyContain(i => i.TextOrigin == ArticleTextOrigin.Summary && i.Article.Text == "Summary of " + i.Article.Id);
        var problems = result.Items.ToDictionary(i => i.Article.Id, i => i.FullTextProblem);
        problems["/loop.html"].Should().Contain("redirect");
        problems["/big.html"].Should().Contain("over the limit");
        problems["/doc.pdf"].Should().Contain("content type 'application/pdf' refused");
        problems["/thin.html"].Should().NotBeNullOrEmpty();
        _server.CountRequests("/loop.html").Should().BeInRange(2, 12, "the redirect chain is cut after MaxRedirects");
    }

    [Fact]
    public async Task ReadAsync_PageSlowerThanTheAttemptTimeout_KeepsTheSummaryAndSaysItTimedOut()
    {
        _server.Map("/slow.html", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            await context.Response.WriteAsync("late", context.RequestAborted);
        });
        _server.MapText("/slow.xml", "application/rss+xml", FeedFixtures.Rss("Slow", [("s1", _server.Url("/slow.html"), "Slow item", "Summary of the slow page.", null)]));
        var reader = Reader(o => o.AttemptTimeout = TimeSpan.FromSeconds(1));

        var result = await reader.ReadAsync(new FeedSource { Url = _server.Url("/slow.xml") });

        var item = result.Items.Should().ContainSingle().Subject;
        item.TextOrigin.Should().Be(ArticleTextOrigin.Summary);
        item.Article.Text.Should().Be("Summary of the slow page.");
        item.FullTextProblem.Should().Contain("timed out after 1 s");
        _server.CountRequests("/slow.html").Should().BeInRange(1, 2, "a timed-out attempt is retried at most once");
    }

    [Fact]
    public async Task ReadAsync_Latin1FeedAndWindows1252Page_DecodesAccentedText()
    {
        var latin1 = Encoding.Latin1;
        var page = FeedFixtures.Page("Città e perché", ["Perché la città di Agrigento ha scelto l'energia solare: una lunga storia di sole, vento e investimenti pubblici che cambiano il mercato dell'energia in Sicilia. " + string.Concat(Enumerable.Repeat("Gli impianti fotovoltaici crescono ogni anno nelle campagne. ", 8))], "windows-1252");
        _server.MapBytes("/pages/it.html", "text/html", Encoding.GetEncoding("windows-1252").GetBytes(page));
        _server.MapBytes("/it.xml", "application/rss+xml", latin1.GetBytes(FeedFixtures.Rss("Notizie à la carte", [("it-1", _server.Url("/pages/it.html"), "Città al sole", "Un riassunto breve, perché sì.", "economia")], encoding: "ISO-8859-1", language: "it")));

        var result = await Reader().ReadAsync(new FeedSource { Url = _server.Url("/it.xml") });

        var item = result.Items.Should().ContainSingle().Subject;
        item.Article.Title.Should().Be("Città al sole");
        item.Article.Source.Should().Be("Notizie à la carte");
        item.TextOrigin.Should().Be(ArticleTextOrigin.FullText, item.FullTextProblem);
        item.Article.Text.Should().Contain("Perché la città di Agrigento ha scelto l'energia solare");
        item.Article.Language.Should().Be("it");
    }

    [Fact]
    public async Task ReadAsync_SecondReadOfAnUnchangedFeed_IsNotModifiedThroughETag()
    {
        var body = FeedFixtures.Rss("Tagged", [("t1", null, "Tagged item", "Text.", null)]);
        _server.Map("/etag.xml", async context =>
        {
            if (context.Request.Headers.IfNoneMatch.ToString() == "\"v1\"")
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = "\"v1\"";
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(body, context.RequestAborted);
        });
        var reader = Reader();

        var first = await reader.ReadAsync(new FeedSource { Url = _server.Url("/etag.xml") });
        var second = await reader.ReadAsync(new FeedSource { Url = _server.Url("/etag.xml") });

        first.Status.Should().Be(FeedReadStatus.Read);
        first.Items.Should().ContainSingle();
        second.Status.Should().Be(FeedReadStatus.NotModified);
        second.Items.Should().BeEmpty();
        var conditions = _server.Requests.Where(r => r.Path == "/etag.xml").Select(r => r.IfNoneMatch).ToList();
        conditions[0].Should().BeEmpty("the first read knows no ETag");
        conditions[^1].Should().Be("\"v1\"", "the second read sends the ETag the first one got");
    }

    [Fact]
    public async Task ReadAsync_ServiceUnavailableWithRetryAfter_RetriesAfterTheAnnouncedDelay()
    {
        var calls = 0;
        _server.Map("/busy.xml", async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "2";
                return;
            }

            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(FeedFixtures.Rss("Busy", [("b1", null, "Back again", "Text.", null)]), context.RequestAborted);
        });

        var result = await Reader().ReadAsync(new FeedSource { Url = _server.Url("/busy.xml") });

        result.Status.Should().Be(FeedReadStatus.Read);
        var times = _server.Requests.Where(r => r.Path == "/busy.xml").Select(r => r.At).ToList();
        times.Should().HaveCount(2);
        (times[1] - times[0]).Should().BeGreaterThan(TimeSpan.FromSeconds(1.8));
    }

    [Fact]
    public async Task ReadAsync_ManyPagesOnOneHost_NeverExceedsThePerHostLimit()
    {
        var current = 0;
        var highest = 0;
        for (var i = 0; i < 6; i++)
        {
            var n = i;
            _server.Map($"/many/{n}.html", async context =>
            {
                var now = Interlocked.Increment(ref current);
                InterlockedMax(ref highest, now);
                await Task.Delay(300, context.RequestAborted);
                Interlocked.Decrement(ref current);
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync(FeedFixtures.Page($"Page {n}", FeedFixtures.Paragraphs($"MANY-{n}", "Parallax")), context.RequestAborted);
            });
        }

        _server.MapText("/many.xml", "application/rss+xml", FeedFixtures.Rss("Many", Enumerable.Range(0, 6).Select(i => ((string?)$"m{i}", (Uri?)_server.Url($"/many/{i}.html"), $"Page {i}", "Short.", (string?)null))));

        var result = await Reader(o => o.MaxConcurrencyPerHost = 2).ReadAsync(new FeedSource { Url = _server.Url("/many.xml") });

        result.Items.Should().HaveCount(6).And.OnlyContain(i => i.TextOrigin == ArticleTextOrigin.FullText);
        highest.Should().BeInRange(1, 2, "at most two requests may run against one host at once");
    }

    [Fact]
    public async Task ReadAsync_ItemsTheStoreHolds_AreSkippedBeforeTheirPageIsFetched()
    {
        _server.MapText("/pages/k.html", "text/html", FeedFixtures.Page("Known", FeedFixtures.Paragraphs("MARKER-K", "Knowna")));
        _server.MapText("/pages/n.html", "text/html", FeedFixtures.Page("New", FeedFixtures.Paragraphs("MARKER-N", "Newco")));
        _server.MapText("/known.xml", "application/rss+xml", FeedFixtures.Rss("Known", [
            ("k1", _server.Url("/pages/k.html"), "Known item", "Short.", null),
            ("n1", _server.Url("/pages/n.html"), "New item", "Short.", null),
        ]));
        var services = new ServiceCollection();
        services.AddBellwether();
        var reader = Reader(services: services);
        await _provider!.GetRequiredService<ISignalPipeline>().IngestAsync(new Article { Id = "k1", Title = "Known item", Text = string.Join(' ', FeedFixtures.Paragraphs("MARKER-K", "Knowna")) });

        var result = await reader.ReadAsync(new FeedSource { Url = _server.Url("/known.xml") });

        result.SkippedKnown.Should().Be(1);
        result.Items.Should().ContainSingle().Which.Article.Id.Should().Be("n1");
        _server.CountRequests("/pages/k.html").Should().Be(0);
    }

    [Fact]
    public void AddBellwetherFeeds_InvalidOptions_FailNamingTheOption()
    {
        var services = new ServiceCollection();
        services.AddBellwetherFeeds(o =>
        {
            o.MaxConcurrencyPerHost = 0;
            o.AttemptTimeout = TimeSpan.Zero;
        });
        using var provider = services.BuildServiceProvider();

        var read = () => provider.GetRequiredService<IOptions<FeedOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Failures.Should()
            .Contain(f => f.Contains(nameof(FeedOptions.MaxConcurrencyPerHost), StringComparison.Ordinal))
            .And.Contain(f => f.Contains(nameof(FeedOptions.AttemptTimeout), StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpmlReadAsync_SubscriptionExport_ListsEachHttpFeedOnce()
    {
        const string opml = """
            <?xml version="1.0" encoding="utf-8"?>
            <opml version="2.0"><head><title>Subscriptions</title></head><body>
            <outline text="News">
              <outline type="rss" text="Wire" title="The Wire" xmlUrl="http://127.0.0.1:1/wire.xml"/>
              <outline type="rss" text="Atom Daily" xmlUrl="https://127.0.0.1:2/atom.xml"/>
              <outline type="rss" text="Again" xmlUrl="http://127.0.0.1:1/wire.xml"/>
              <outline type="rss" text="Local file" xmlUrl="file:///etc/passwd"/>
            </outline></body></opml>
            """;

        var feeds = await Opml.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(opml)));

        feeds.Select(f => (f.Url.AbsoluteUri, f.Name)).Should().Equal(("http://127.0.0.1:1/wire.xml", "The Wire"), ("https://127.0.0.1:2/atom.xml", "Atom Daily"));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private IFeedReader Reader(Action<FeedOptions>? configure = null, ServiceCollection? services = null)
    {
        services ??= new ServiceCollection();
        services.AddBellwetherFeeds(o =>
        {
            o.UserAgent = "Bellwether.Feeds.Tests/1.0 (+mailto:tests@example.com)";
            // Generous: on a loaded CI machine a 1 s attempt can time out and be retried, which changes what the server sees.
            o.AttemptTimeout = TimeSpan.FromSeconds(15);
            o.MaxRetries = 1;
            o.RetryDelay = TimeSpan.FromMilliseconds(20);
            configure?.Invoke(o);
        });
        _provider = services.BuildServiceProvider();
        return _provider.GetRequiredService<IFeedReader>();
    }
}
