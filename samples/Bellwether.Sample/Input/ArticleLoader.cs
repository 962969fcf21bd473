using System.Runtime.CompilerServices;
using System.Text.Json;
using Bellwether.Core;

namespace Bellwether.Sample.Input;

/// <summary>Reads articles from files and folders: <c>.txt</c> (first line is the title), <c>.jsonl</c> streams, and folders of either.</summary>
/// <remarks>A folder with an <c>articles.json</c> manifest yields exactly the files the manifest lists, with its metadata.</remarks>
internal static class ArticleLoader
{
    public const string ManifestName = "articles.json";

    /// <summary>The bundled seed folder, next to the executable.</summary>
    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static async IAsyncEnumerable<Article> LoadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                await foreach (var article in LoadFolderAsync(path, cancellationToken).ConfigureAwait(false))
                {
                    yield return article;
                }
            }
            else if (File.Exists(path))
            {
                await foreach (var article in LoadFileAsync(path, null, cancellationToken).ConfigureAwait(false))
                {
                    yield return article;
                }
            }
            else
            {
                throw new FileNotFoundException($"No article file or folder at '{path}'.", path);
            }
        }
    }

    private static async IAsyncEnumerable<Article> LoadFolderAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(folder, ManifestName);
        if (File.Exists(manifestPath))
        {
            var manifest = await ReadManifestAsync(manifestPath, cancellationToken).ConfigureAwait(false);
            foreach (var entry in manifest.Articles)
            {
                await foreach (var article in LoadFileAsync(Path.Combine(folder, entry.File), entry, cancellationToken).ConfigureAwait(false))
                {
                    yield return article;
                }
            }

            yield break;
        }

        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            await foreach (var article in LoadFileAsync(file, null, cancellationToken).ConfigureAwait(false))
            {
                yield return article;
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

    private static async IAsyncEnumerable<Article> LoadFileAsync(string file, SeedEntry? entry, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            var lineNumber = 0;
            await foreach (var line in File.ReadLinesAsync(file, cancellationToken).ConfigureAwait(false))
            {
                lineNumber++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    yield return FromJsonLine(line, file, lineNumber);
                }
            }

            yield break;
        }

        var text = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
        var lines = text.Split('\n');
        var titleLine = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        var title = titleLine >= 0 ? lines[titleLine].Trim() : string.Empty;
        var body = titleLine >= 0 ? string.Join('\n', lines.Skip(titleLine + 1)).Trim() : string.Empty;
        yield return new Article
        {
            Id = entry?.Id ?? Path.GetFileNameWithoutExtension(file),
            Title = entry?.Title ?? title,
            Text = entry is null || entry.Title == title ? body : text.Trim(),
            Source = entry?.Source,
            PublishedAt = entry?.PublishedAt,
            Url = entry?.Url,
        };
    }

    private static Article FromJsonLine(string line, string file, int lineNumber)
    {
        JsonlArticle row;
        try
        {
            row = JsonSerializer.Deserialize(line, InputJsonContext.Default.JsonlArticle)
                ?? throw new InvalidDataException($"{file}:{lineNumber}: the line is JSON null.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file}:{lineNumber}: not a JSON article ({e.Message}).", e);
        }

        return new Article
        {
            Id = row.Id ?? string.Empty,
            Title = row.Title ?? string.Empty,
            Text = row.Text ?? string.Empty,
            Source = row.Source,
            PublishedAt = row.Time,
            Url = Uri.TryCreate(row.Url, UriKind.Absolute, out var url) ? url : null,
            Section = string.IsNullOrWhiteSpace(row.Section) ? (string.IsNullOrWhiteSpace(row.Category) ? null : row.Category) : row.Section,
            Language = string.IsNullOrWhiteSpace(row.Lang) ? "en" : row.Lang,
        };
    }
}
