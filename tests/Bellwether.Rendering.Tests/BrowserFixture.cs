using Microsoft.Playwright;

namespace Bellwether.Rendering.Tests;

/// <summary>
/// The static site written once to a temporary folder, and Debian's headless Chromium driven by Playwright
/// (never a downloaded browser: <c>.ci/install-chromium</c> installs <c>/usr/bin/chromium</c> with apt-get).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The Chromium binary; BELLWETHER_CHROMIUM overrides it.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("BELLWETHER_CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>Where screenshots go, kept as test artefacts; BELLWETHER_SCREENSHOTS overrides it.</summary>
    public static string ScreenshotFolder => Environment.GetEnvironmentVariable("BELLWETHER_SCREENSHOTS") ?? Path.Combine(AppContext.BaseDirectory, "screenshots");

    private IPlaywright? _playwright;

    public string SiteFolder { get; } = Directory.CreateTempSubdirectory("bellwether-site-").FullName;

    public IBrowser Browser { get; private set; } = null!;

    public string Url(string fileName) => new Uri(Path.Combine(SiteFolder, fileName)).AbsoluteUri;

    public async Task InitializeAsync()
    {
        File.Exists(ChromiumPath).Should().BeTrue($"the browser tests need Debian's chromium at {ChromiumPath} (run .ci/install-chromium)");
        await new StaticSiteWriter(new HtmlRenderer()).WriteAsync(SiteFolder, [SampleSignals.Seed, SampleSignals.Energy, SampleSignals.HostileSignal], SampleSignals.MarcosBrief);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        Directory.Delete(SiteFolder, recursive: true);
    }
}
