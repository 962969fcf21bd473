using System.Globalization;
using System.Text;
using Bellwether.Rendering;

namespace Bellwether.Hosting.Internal;

/// <summary>Writes a brief as HTML, text and Markdown files, and the static site of all signals, into a folder per reader.</summary>
internal sealed class FolderBriefDelivery(BellwetherServiceOptions options, HtmlRenderer html, PlainTextRenderer text, MarkdownRenderer markdown, StaticSiteWriter site, ISignalStore store) : IBriefDelivery
{
    private const int MaxSiteSignals = 1000;

    public string Name => "folder";

    public bool AppliesTo(ReaderSettings reader) => options.OutputDirectory is not null;

    public async ValueTask DeliverAsync(ReaderSettings reader, Brief brief, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(options.OutputDirectory!, SafeName(reader.Name));
        try
        {
            Directory.CreateDirectory(folder);
            var stamp = brief.ComposedAt.UtcDateTime.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
            foreach (IBellwetherRenderer renderer in new IBellwetherRenderer[] { html, text, markdown })
            {
                var path = Path.Combine(folder, $"brief-{stamp}{renderer.FileExtension}");
                var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
                await using (writer.ConfigureAwait(false))
                {
                    await renderer.RenderBriefAsync(brief, writer, cancellationToken).ConfigureAwait(false);
                }
            }

            var signals = new List<Signal>();
            await foreach (var signal in store.QueryAllAsync(new SignalQuery { Limit = SignalQuery.MaxLimit }, cancellationToken).ConfigureAwait(false))
            {
                signals.Add(signal);
                if (signals.Count >= MaxSiteSignals)
                {
                    break;
                }
            }

            await site.WriteAsync(Path.Combine(folder, "site"), signals, brief, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BriefDeliveryException($"Writing {reader.Name}'s brief into '{folder}' failed: {e.Message}", e);
        }
    }

    private static string SafeName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string(name.Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) ? '_' : c).ToArray()).Trim('.');
        return safe.Length == 0 ? "reader" : safe;
    }
}
