using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bellwether.Core;

namespace Bellwether.Sample.Input;

/// <summary>Reads articles from files and folders: <c>.txt</c> (first line is the title), <c>.jsonl</c> streams, and folders of either.</summary>
/// <remarks>A folder with an <c>articles.json</c> manifest yields exactly the files the manifest lists, with its metadata.</remarks>
internal static partial class ArticleLoader
{
    public const string ManifestName = "articles.json";

    /// <summary>The bundled seed folder, next to the executable.</summary>
    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>The articles at <paramref name="paths"/>, in order; throws <see cref="InvalidDataException"/> at the first record that cannot be read.</summary>
    public static async IAsyncEnumerable<Article> LoadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var record in ReadAsync(paths, cancellationToken).ConfigureAwait(false))
        {
            yield return record.Article ?? throw new InvalidDataException($"{record.Location}: {record.Problem}.");
        }
    }

    /// <summary>
    /// Every record at <paramref name="paths"/>, in order, each with where it came from: a line or file that cannot be
    /// read as an article is yielded with its problem instead of ending the stream. A missing path or an unusable
    /// manifest still throws.
    /// </summary>
    public static async IAsyncEnumerable<InputRecord> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                await foreach (var record in LoadFolderAsync(path, cancellationToken).ConfigureAwait(false))
                {
                    yield return record;
                }
            }
            else if (File.Exists(path))
            {
                await foreach (var record in LoadFileAsync(path, null, cancellationToken).ConfigureAwait(false))
                {
                    yield return record;
                }
            }
            else
            {
                throw new FileNotFoundException($"No article file or folder at '{path}'.", path);
            }
        }
    }

    private static async IAsyncEnumerable<InputRecord> LoadFolderAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(folder, ManifestName);
        if (File.Exists(manifestPath))
        {
            var manifest = await ReadManifestAsync(manifestPath, cancellationToken).ConfigureAwait(false);
            foreach (var entry in manifest.Articles)
            {
                await foreach (var record in LoadFileAsync(Path.Combine(folder, entry.File), entry, cancellationToken).ConfigureAwait(false))
                {
                    yield return record;
                }
            }

            yield break;
        }

        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            await foreach (var record in LoadFileAsync(file, null, cancellationToken).ConfigureAwait(false))
            {
                yield return record;
            }
        }
    }

    private static async Task<SeedManifest> ReadManifestAsync(string manifestPath, CancellationToken cancellationToken)
    {
        SeedManifest? manifest;
        await using (var stream = File.OpenRead(manifestPath))
        {
            try
            {
                manifest = await JsonSerializer.DeserializeAsync(stream, InputJsonContext.Default.SeedManifest, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"'{manifestPath}' is not a JSON article manifest ({e.Message}).", e);
            }
        }

        if (manifest?.Articles is null)
        {
            throw new InvalidDataException($"'{manifestPath}' has no \"articles\" list.");
        }

        var unnamed = manifest.Articles.ToList().FindIndex(entry => string.IsNullOrWhiteSpace(entry?.File));
        if (unnamed >= 0)
        {
            throw new InvalidDataException($"'{manifestPath}': article {unnamed + 1} names no \"file\".");
        }

        return manifest;
    }

    private static async IAsyncEnumerable<InputRecord> LoadFileAsync(string file, SeedEntry? entry, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            var lineNumber = 0;
            await foreach (var line in File.ReadLinesAsync(file, cancellationToken).ConfigureAwait(false))
            {
                lineNumber++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    yield return FromJsonLine(line, $"{file}:{lineNumber}");
                }
            }

            yield break;
        }

        var text = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            yield return new InputRecord(file, null, "not a text file (it holds NUL characters)");
            yield break;
        }

        var lines = text.Split('\n');
        var titleLine = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        var title = titleLine >= 0 ? lines[titleLine].Trim() : string.Empty;
        var body = titleLine >= 0 ? string.Join('\n', lines.Skip(titleLine + 1)).Trim() : string.Empty;
        yield return new InputRecord(file, new Article
        {
            Id = entry?.Id ?? Path.GetFileNameWithoutExtension(file),
            Title = entry?.Title ?? title,
            Text = entry is null || entry.Title == title ? body : text.Trim(),
            Source = entry?.Source,
            PublishedAt = entry?.PublishedAt,
            Url = entry?.Url,
        });
    }

    private static InputRecord FromJsonLine(string line, string location)
    {
        string? note = null;
        var problem = Parse(line, out var row);
        if (problem is not null && UnpairedSurrogateEscape().IsMatch(line))
        {
            // JSON may escape half a surrogate pair ("\ud800"), which no .NET string can hold: read it as U+FFFD.
            note = "unpaired surrogate escape(s) read as U+FFFD";
            problem = Parse(UnpairedSurrogateEscape().Replace(line, "\\ufffd"), out row);
        }

        if (problem is not null)
        {
            return new InputRecord(location, null, problem);
        }

        if (row is null)
        {
            return new InputRecord(location, null, "the line is JSON null");
        }

        if (!JsonlFields.TryReadTime(row.Time, out var time))
        {
            note = JoinNotes(note, $"time {row.Time!.Value.GetRawText()} not understood: read as no time");
        }

        return new InputRecord(location, new Article
        {
            Id = JsonlFields.Id(row.Id) ?? string.Empty,
            Title = row.Title ?? string.Empty,
            Text = row.Text ?? string.Empty,
            Source = row.Source,
            PublishedAt = time,
            Url = Uri.TryCreate(row.Url, UriKind.Absolute, out var url) ? url : null,
            Section = string.IsNullOrWhiteSpace(row.Section) ? (string.IsNullOrWhiteSpace(row.Category) ? null : row.Category) : row.Section,
            Language = string.IsNullOrWhiteSpace(row.Lang) ? "en" : row.Lang,
        }, Note: note);
    }

    private static string JoinNotes(string? first, string second) => first is null ? second : $"{first}; {second}";

    /// <summary>Reads one JSONL line into <paramref name="row"/>; returns why it is not a JSON article, or null when it is.</summary>
    private static string? Parse(string line, out JsonlArticle? row)
    {
        try
        {
            row = JsonSerializer.Deserialize(line, InputJsonContext.Default.JsonlArticle);
            return null;
        }
        catch (JsonException e)
        {
            row = null;
            return $"not a JSON article ({e.Message})";
        }
    }

    /// <summary>A <c>\uD800</c>–<c>\uDBFF</c> escape not followed by a low one, or a <c>\uDC00</c>–<c>\uDFFF</c> escape not preceded by a high one (the backslash itself unescaped).</summary>
    [GeneratedRegex(@"(?<=(?<!\\)(?:\\\\)*)(?:\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2})")]
    private static partial Regex UnpairedSurrogateEscape();
}
