namespace Bellwether.Rendering;

/// <summary>Writes the static site: <c>index.html</c> (all signals), one <c>signal-….html</c> per signal and <c>brief.html</c>.</summary>
public sealed class StaticSiteWriter
{
    private readonly HtmlRenderer _html;

    /// <summary>Creates the writer.</summary>
    /// <param name="html">The renderer of the pages.</param>
    public StaticSiteWriter(HtmlRenderer html)
    {
        ArgumentNullException.ThrowIfNull(html);
        _html = html;
    }

    /// <summary>Writes the site into <paramref name="directory"/> (created when missing) and returns the paths written.</summary>
    /// <param name="directory">The output folder.</param>
    /// <param name="signals">All signals, in index order (strongest first).</param>
    /// <param name="brief">Today's brief.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    public async ValueTask<IReadOnlyList<string>> WriteAsync(string directory, IReadOnlyList<Signal> signals, Brief brief, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(brief);
        Directory.CreateDirectory(directory);
        var written = new List<string>(signals.Count + 2)
        {
            await WriteFileAsync(directory, "index.html", w => _html.RenderSignalListAsync(signals, w, cancellationToken)).ConfigureAwait(false),
            await WriteFileAsync(directory, "brief.html", w => _html.RenderBriefAsync(brief, w, cancellationToken)).ConfigureAwait(false),
        };
        foreach (var signal in signals)
        {
            written.Add(await WriteFileAsync(directory, HtmlRenderer.SignalPageFileName(signal.Id), w => _html.RenderSignalAsync(signal, w, cancellationToken)).ConfigureAwait(false));
        }

        return written;
    }

    private static async ValueTask<string> WriteFileAsync(string directory, string fileName, Func<TextWriter, ValueTask> render)
    {
        var path = Path.Combine(directory, fileName);
        var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await using (writer.ConfigureAwait(false))
        {
            await render(writer).ConfigureAwait(false);
        }

        return path;
    }
}
