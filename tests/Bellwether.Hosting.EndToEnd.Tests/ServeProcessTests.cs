using System.Diagnostics;
using System.Net;
using System.Text;
using Bellwether.Tests.Web;
using MimeKit;
using netDumbster.smtp;

namespace Bellwether.Hosting.EndToEnd.Tests;

/// <summary>Runs the built sample host (<c>bellwether.dll</c>, from its own output folder) as a process against a feed and an SMTP server on 127.0.0.1.</summary>
public sealed class ServeProcessTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bellwether-serve-").FullName;
    private LocalWebServer _web = null!;
    private SimpleSmtpServer _smtp = null!;

    public async Task InitializeAsync()
    {
        _web = await LocalWebServer.StartAsync();
        _smtp = Configuration.Configure().WithAddress(IPAddress.Loopback).WithRandomPort().Build();
        _web.MapText("/pages/a.html", "text/html", FeedFixtures.Page("A chip plant for Dresden", FeedFixtures.Paragraphs("Today", "Fabrikon")));
        _web.MapText("/feed.xml", "application/rss+xml", FeedFixtures.Rss("Local Wire", [("a", _web.Url("/pages/a.html"), "A chip plant for Dresden", "Summary only.", "business")]));
    }

    public async Task DisposeAsync()
    {
        _smtp.Dispose();
        await _web.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Ingest_FeedAddress_StoresArticlesWithThePagesFullText()
    {
        var db = Path.Combine(_folder, "ingest.db");

        var (exitCode, output, error) = await RunAsync("ingest", "--db", db, _web.Url("/feed.xml").AbsoluteUri);
        var (_, signals, _) = await RunAsync("signals", "--db", db, "--format", "json");

        exitCode.Should().Be(0, error);
        output.Should().Contain("a: created").And.Contain("full text of the page");
        signals.Should().Contain("Fabrikon", "the company is named only on the page, not in the feed's summary");
        _web.CountRequests("/pages/a.html").Should().Be(1);
    }

    [Fact]
    public async Task Serve_ConfigWithOneReader_MailsTheBriefOnceAndStopsCleanlyWhenTerminated()
    {
        var config = Path.Combine(_folder, "bellwether.json");
        await File.WriteAllTextAsync(config, $$"""
            {
              "Bellwether": {
                "PollInterval": "00:10:00",
                "PollJitter": "00:00:00",
                "StateFile": "{{Path.Combine(_folder, "state.json").Replace("\\", "\\\\", StringComparison.Ordinal)}}",
                "Smtp": { "Host": "127.0.0.1", "Port": {{_smtp.Configuration.Port}}, "Security": "None", "FromAddress": "bellwether@example.com" },
                "Feeds": [ { "Url": "{{_web.Url("/feed.xml")}}" }, { "Url": "{{_web.Url("/missing.xml")}}" } ],
                "Readers": [ { "Name": "Marco", "Email": "marco@example.com", "TimeZone": "Europe/Rome", "Schedule": "*/2 * * * * *", "MinimumStrength": 1 } ]
              },
              "FeedReader": { "UserAgent": "bellwether-e2e/1.0" }
            }
            """);
        var start = StartInfo("serve", "--config", config, "--db", Path.Combine(_folder, "serve.db"));
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (_smtp.ReceivedEmailCount == 0 && DateTime.UtcNow < deadline && !process.HasExited)
        {
            await Task.Delay(100);
        }

        await Task.Delay(TimeSpan.FromSeconds(5)); // two or three more scheduled times: silent, nothing new
        using (var terminate = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await terminate.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var stopped = async () => await process.WaitForExitAsync(timeout.Token);
        await stopped.Should().NotThrowAsync("the host stops within 30 s of SIGTERM; its output was:\n{0}", output);
        var log = output.ToString();

        process.ExitCode.Should().Be(0, log);
        _smtp.ReceivedEmailCount.Should().Be(1, log);
        var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(_smtp.ReceivedEmail[0].Data)));
        message.To.Mailboxes.Single().Address.Should().Be("marco@example.com");
        message.Subject.Should().StartWith("Your Bellwether brief, ").And.EndWith(": 1 signal");
        message.HtmlBody.Should().Contain("Fabrikon");
        message.TextBody.Should().Contain("Good morning, Marco").And.Contain("A chip plant for Dresden");
        log.Should().Contain("Poll " + _web.Url("/feed.xml")).And.Contain("Reader Marco: brief of 1 item(s) delivered by email")
            .And.Contain("missing.xml failed");
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>
    /// The sample host's own build output (bin/CONFIGURATION/net10.0 of samples/Bellwether.Sample, the configuration
    /// the tests were built in): the copy beside the tests would resolve framework assemblies as ASP.NET Core does.
    /// </summary>
    private static string SampleDirectory()
    {
        var tfm = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = tfm.Parent!.Name;
        for (var dir = tfm; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bellwether.Core.sln")))
            {
                return Path.Combine(dir.FullName, "samples", "Bellwether.Sample", "bin", configuration, tfm.Name);
            }
        }

        throw new DirectoryNotFoundException("The repository root (Bellwether.Core.sln) is not above " + AppContext.BaseDirectory);
    }

    private static ProcessStartInfo StartInfo(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = SampleDirectory(),
        };
        start.Environment["XDG_DATA_HOME"] = Directory.CreateTempSubdirectory("bellwether-data-").FullName;
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(SampleDirectory(), "bellwether.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }
}
