namespace Bellwether.Docs.Tests;

/// <summary>The C# in the README and the docs compiles against the packages, and the README's example runs.</summary>
public sealed class DocumentationSnippetTests
{
    [Fact]
    public void ReadmeExample_PastedAsProgram_CompilesWithoutWarnings()
    {
        var example = Snippets.In("README.md").Should().ContainSingle("the README has one example program").Subject;

        var compilation = SnippetCompiler.CompileProgram(example.Code);

        SnippetCompiler.Errors(compilation).Should().BeEmpty();
        SnippetCompiler.Warnings(compilation).Should().BeEmpty();
    }

    [Fact]
    public void ReadmeExample_PastedAsProgram_IsAboutThirtyLines()
    {
        var example = Snippets.In("README.md").Single();

        example.Code.Split('\n').Length.Should().BeInRange(15, 40);
    }

    [Fact]
    public async Task ReadmeExample_Run_IngestsTheArticleAndPrintsTheRenderedBrief()
    {
        var compilation = SnippetCompiler.CompileProgram(Snippets.In("README.md").Single().Code);

        var (exitCode, output) = await SnippetCompiler.RunAsync(compilation);

        exitCode.Should().BeNull("the example's top-level statements return nothing");
        output.Should().Contain("Ingested: 1 created");
        output.Should().Contain("# ", "the brief is rendered as Markdown with a heading");
        output.Should().Contain("CXMT", "the brief names the ingested article's signal");
    }

    [Theory]
    [MemberData(nameof(Snippets.All), MemberType = typeof(Snippets))]
    public void Snippet_CompiledAsFragment_HasNoErrors(string document, int line)
    {
        var snippet = Snippets.At(document, line);

        var compilation = SnippetCompiler.CompileFragment(snippet.Code);

        SnippetCompiler.Errors(compilation).Should().BeEmpty($"the block at {snippet} must compile");
    }

    [Fact]
    public void Documents_All_HaveCSharpBlocksToCheck()
    {
        var count = Snippets.Documents().Sum(d => Snippets.In(d).Count);

        count.Should().BeGreaterThanOrEqualTo(10, "the README, docs/ and the package READMEs show code");
    }
}
