namespace Bellwether.Sample.Tests;

/// <summary>The host's --extractor llm options; no test reaches a real model service.</summary>
public sealed class ModelOptionTests
{
    private static readonly Dictionary<string, string?> WithoutOpenAIKey = new() { ["OPENAI_API_KEY"] = null };

    [Theory]
    [InlineData("--extractor llm", "--extractor llm needs a model")]
    [InlineData("--ollama http://localhost:11434 llama3.2", "add --extractor llm")]
    [InlineData("--extractor llm --ollama localhost llama3.2", "http(s) address")]
    [InlineData("--extractor llm --ollama http://localhost:11434 llama3.2 --openai gpt-4o-mini", "not both")]
    [InlineData("--extractor llm --openai gpt-4o-mini", "OPENAI_API_KEY")]
    [InlineData("--extractor gpt", "offline")]
    public async Task Signals_BadModelOptions_FailBeforeStartingAndSayWhy(string options, string problem)
    {
        var (exitCode, _, error) = await SampleHostProcess.RunAsync(WithoutOpenAIKey, ["signals", .. options.Split(' ')]);

        exitCode.Should().NotBe(0);
        error.Should().Contain(problem);
    }

    [Fact]
    public async Task Signals_ExplicitOfflineExtractor_ListsTheSeedSignalsWithoutANetwork()
    {
        var (exitCode, output, error) = await SampleHostProcess.RunAsync("signals", "--db", ":memory:", "--extractor", "offline");

        exitCode.Should().Be(0, error);
        output.Should().Contain("sig_");
    }

    [Fact]
    public async Task Signals_LlmWithUnreachableOllama_FailsWithTheTypedErrorNamingTheArticle()
    {
        // Port 9 (discard) on the loopback has no listener: the client is wired and retried, and nothing leaves the machine.
        var (exitCode, _, error) = await SampleHostProcess.RunAsync("signals", "--db", ":memory:", "--extractor", "llm", "--ollama", "http://127.0.0.1:9", "llama3.2");

        exitCode.Should().NotBe(0);
        error.Should().Contain("bellwether: ").And.Contain("extraction answer for article 'b57d152d6c6b719e'");
    }
}
