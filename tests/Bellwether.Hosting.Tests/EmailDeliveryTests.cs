using System.Net;
using System.Text;
using Bellwether.Tests.Web;
using MimeKit;
using netDumbster.smtp;

namespace Bellwether.Hosting.Tests;

public sealed class EmailDeliveryTests : IAsyncLifetime
{
    private LocalWebServer _web = null!;
    private SimpleSmtpServer _smtp = null!;

    public async Task InitializeAsync()
    {
        _web = await LocalWebServer.StartAsync();
        _smtp = Configuration.Configure().WithAddress(IPAddress.Loopback).WithRandomPort().Build();
    }

    public async Task DisposeAsync()
    {
        _smtp.Dispose();
        await _web.DisposeAsync();
    }

    [Fact]
    public async Task ExecuteAsync_FeedOfSummariesAndTwoReaders_MailsEachReaderOneBriefAtTheirTime()
    {
        _web.MapText("/pages/a.html", "text/html", FeedFixtures.Page("Fabrikon plans Dresden chip plant", FeedFixtures.Paragraphs("FULLTEXT-A", "Fabrikon")));
        _web.MapText("/feed.xml", "application/rss+xml", FeedFixtures.Rss("Local Wire", [("a", _web.Url("/pages/a.html"), "Fabrikon plans Dresden chip plant", "Summary only.", "business")]));
        var harness = new ServiceHarness(new DateTimeOffset(2026, 5, 20, 4, 0, 0, TimeSpan.Zero));
        using var host = harness.Build(o =>
        {
            o.Feeds.Add(new FeedSettings { Url = _web.Url("/feed.xml").AbsoluteUri });
            o.Readers.Add(new ReaderSettings { Name = "Marco", Email = "marco@example.com", TimeZone = "Europe/Rome", MinimumStrength = 1 });
            o.Readers.Add(new ReaderSettings { Name = "Anna", Email = "anna@example.com", TimeZone = "Europe/London", MinimumStrength = 1 });
            o.Smtp = new SmtpSettings { Host = "127.0.0.1", Port = _smtp.Configuration.Port, Security = SmtpSecurity.None, FromAddress = "brief@example.com" };
        });
        await harness.StartAsync(host);
        await ServiceHarness.WaitUntilAsync(() => Task.FromResult(harness.Log.Any(l => l.StartsWith("Poll ", StringComparison.Ordinal))), "the first poll");
        harness.Log.Should().Contain(l => l.Contains("1 new item(s): 1 ingested", StringComparison.Ordinal));

        harness.Time.SetUtcNow(new DateTimeOffset(2026, 5, 20, 5, 0, 0, TimeSpan.Zero));
        await ServiceHarness.WaitUntilAsync(() => Task.FromResult(_smtp.ReceivedEmailCount == 1), "Marco's brief");
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 5, 20, 6, 0, 0, TimeSpan.Zero));
        await ServiceHarness.WaitUntilAsync(() => Task.FromResult(_smtp.ReceivedEmailCount == 2), "Anna's brief");
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 5, 20, 12, 0, 0, TimeSpan.Zero));
        await ServiceHarness.SettleAsync();
        await host.StopAsync();

        _smtp.ReceivedEmailCount.Should().Be(2);
        var messages = _smtp.ReceivedEmail.Select(e => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(e.Data)))).ToList();
        messages.Select(m => m.To.Mailboxes.Single().Address).Should().BeEquivalentTo(["marco@example.com", "anna@example.com"]);
        harness.Delivery.Delivered.Select(d => (d.Reader, d.At.UtcDateTime)).Should().Equal(
            ("Marco", new DateTime(2026, 5, 20, 5, 0, 0, DateTimeKind.Utc)),
            ("Anna", new DateTime(2026, 5, 20, 6, 0, 0, DateTimeKind.Utc)));
        var signal = harness.Delivery.Delivered.First().Brief.Items[0].Signal;
        foreach (var message in messages)
        {
            message.From.Mailboxes.Single().Address.Should().Be("brief@example.com");
            message.Subject.Should().Be("Your Bellwether brief, Wednesday 20 May 2026: 1 signal");
            message.Body!.ContentType.MimeType.Should().Be("multipart/alternative");
            message.HtmlBody!.Should().Contain("<html").And.Contain(WebUtility.HtmlEncode(signal.Headline));
            message.TextBody.Should().Contain(signal.Headline).And.NotContain("<html");
        }

        signal.Evidence.Should().ContainSingle().Which.Article.Source.Should().Be("Local Wire");
        messages.Single(m => m.To.Mailboxes.Single().Address == "marco@example.com").TextBody.Should().Contain("Marco");
        messages.Single(m => m.To.Mailboxes.Single().Address == "anna@example.com").TextBody.Should().Contain("Anna");
    }
}
