using System.Diagnostics;
using System.Text.Json;

namespace Bellwether.Storage.Tests.TestSupport;

/// <summary>The built sample host (<c>bellwether.dll</c>), started as a real process.</summary>
internal static class SampleHost
{
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["XDG_DATA_HOME"] = Directory.CreateTempSubdirectory("bellwether-data-").FullName;
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "bellwether.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs the host to the end and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Writes <paramref name="articles"/> as a JSONL stream the host reads.</summary>
    public static async Task WriteJsonlAsync(string path, IEnumerable<Article> articles) =>
        await File.WriteAllLinesAsync(path, articles.Select(a => JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["id"] = a.Id,
            ["title"] = a.Title,
            ["text"] = a.Text,
            ["source"] = a.Source,
            ["time"] = a.PublishedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["url"] = a.Url?.AbsoluteUri,
        })));
}
