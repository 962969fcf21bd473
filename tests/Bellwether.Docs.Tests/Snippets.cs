using System.Reflection;
using System.Text.RegularExpressions;

namespace Bellwether.Docs.Tests;

/// <summary>A ```csharp block of a Markdown document, with the line it starts on.</summary>
public sealed record Snippet(string Document, int Line, string Code)
{
    /// <summary>Shown by the test runner for each case: document and line.</summary>
    public override string ToString() => $"{Document}:{Line}";
}

/// <summary>Finds the C# blocks of the repository's documents.</summary>
public static partial class Snippets
{
    /// <summary>The repository root (the project file writes it into the assembly).</summary>
    public static string RepositoryRoot { get; } = typeof(Snippets).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The documents whose C# blocks must compile: the README, every page of docs/ and every package's README.</summary>
    public static IEnumerable<string> Documents()
    {
        yield return "README.md";
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            yield return Path.GetRelativePath(RepositoryRoot, file).Replace('\\', '/');
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "src"), "README.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return Path.GetRelativePath(RepositoryRoot, file).Replace('\\', '/');
        }
    }

    /// <summary>The ```csharp blocks of <paramref name="document"/> (a path relative to the repository root).</summary>
    public static IReadOnlyList<Snippet> In(string document)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot, document));
        var snippets = new List<Snippet>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!CSharpFence().IsMatch(lines[i]))
            {
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end].Trim() != "```")
            {
                end++;
            }

            snippets.Add(new Snippet(document, start + 1, string.Join('\n', lines[start..end])));
            i = end;
        }

        return snippets;
    }

    /// <summary>Every C# block of every document as xunit theory data: document and first line, one case each.</summary>
    public static TheoryData<string, int> All()
    {
        var data = new TheoryData<string, int>();
        foreach (var snippet in Documents().SelectMany(In))
        {
            data.Add(snippet.Document, snippet.Line);
        }

        return data;
    }

    /// <summary>The block of <paramref name="document"/> that starts on <paramref name="line"/>.</summary>
    public static Snippet At(string document, int line) => In(document).Single(s => s.Line == line);

    [GeneratedRegex(@"^\s*```\s*(csharp|cs|c#)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CSharpFence();
}
