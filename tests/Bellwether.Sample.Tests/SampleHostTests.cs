using System.Text.Json;

namespace Bellwether.Sample.Tests;

public sealed class SampleHostTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bellwether-host-").FullName;

    [Fact]
    public async Task NoArguments_BundledSeeds_PrintsTheBriefFrame()
    {
        var (exitCode, output, _) = await SampleHostProcess.RunAsync();

        exitCode.Should().Be(0);
        output.Should().Contain("The Bellwether").And.Contain("Marco");
    }

    [Fact]
    public async Task Cluster_JsonlStream_WritesOneStoryLinePerArticleInInputOrder()
    {
        var (exitCode, error, lines) = await ClusterAsync(
        [
            """{"id":"a","title":"Fed holds interest rates steady as inflation cools","text":"","source":"Wire A"}""",
            """{"id":"b","title":"Drought cuts Brazil coffee harvest forecast","text":"","source":"Wire B"}""",
            """{"id":"c","title":"Fed holds interest rates steady, signals patience","text":"","source":"Wire C"}""",
        ]);

        exitCode.Should().Be(0, error);
        lines.Select(l => l[0]).Should().Equal("a", "b", "c");
        lines.Should().AllSatisfy(l => l[1].Should().NotBeNullOrWhiteSpace());
        error.Should().Contain("Clustered 3 articles");
    }

    [Fact]
    public async Task Cluster_LinesWithEmptyTitles_DerivesTitlesFromTheBodyAndClustersEveryArticle()
    {
        var (exitCode, error, lines) = await ClusterAsync(
        [
            """{"id":"a","title":"","text":"Fed holds interest rates steady as inflation cools. The central bank left its key rate unchanged.","source":"Wire A"}""",
            """{"id":"b","title":"  ","text":"Drought cuts Brazil coffee harvest forecast. Growers expect the smallest crop in a decade.","source":"Wire B"}""",
        ]);

        exitCode.Should().Be(0, error);
        lines.Select(l => l[0]).Should().Equal("a", "b");
        error.Should().Contain("Clustered 2 articles").And.NotContain("Title");
    }

    [Fact]
    public async Task Ingest_LineWithAnEmptyTitle_IngestsItUnderTheTitleDerivedFromItsBody()
    {
        var input = Path.Combine(_folder, "untitled.jsonl");
        await File.WriteAllLinesAsync(input, ["""{"id":"untitled","title":"","text":"Chinese memory chipmaker plans mega IPO in Shanghai. The listing would raise billions for new fabs.","source":"Caixin"}"""]);

        var (exitCode, output, error) = await SampleHostProcess.RunAsync("ingest", "--db", ":memory:", input);

        exitCode.Should().Be(0, error);
        output.Should().Contain("untitled: ").And.Contain("(repaired: Title was empty; derived from the body)").And.Contain("1 record(s): 1 ingested");
    }

    [Fact]
    public async Task Cluster_RepeatedId_WritesOneRowForIt()
    {
        var (exitCode, error, lines) = await ClusterAsync(
        [
            """{"id":"a","title":"Fed holds interest rates steady as inflation cools","text":"","source":"Wire A"}""",
            """{"id":"b","title":"Drought cuts Brazil coffee harvest forecast","text":"","source":"Wire B"}""",
            """{"id":"a","title":"Fed holds interest rates steady, signals patience","text":"","source":"Wire C"}""",
        ]);

        exitCode.Should().Be(0, error);
        lines.Select(l => l[0]).Should().Equal("a", "b");
    }

    [Fact]
    public async Task Cluster_UnreadableLine_IsReportedWithItsLineAndTheRestIsClusteredWithExitCodeThree()
    {
        var (exitCode, error, lines) = await ClusterAsync(
        [
            """{"id":"a","title":"Fed holds interest rates steady as inflation cools","text":"","source":"Wire A"}""",
            """{not json""",
            """{"id":"b","title":"Drought cuts Brazil coffee harvest forecast","text":"","source":"Wire B"}""",
        ]);

        exitCode.Should().Be(3, error);
        error.Should().Contain("in.jsonl:2: skipped: not a JSON article");
        lines.Select(l => l[0]).Should().Equal("a", "b");
    }

    [Fact]
    public async Task Ingest_StreamWithBadRecords_ReportsEachWithItsLineIngestsTheRestAndARerunChangesNothing()
    {
        var input = Path.Combine(_folder, "mixed.jsonl");
        var db = Path.Combine(_folder, "mixed.db");
        await File.WriteAllLinesAsync(input,
        [
            """{"id":"g1","title":"Fed holds interest rates steady as inflation cools","text":"The Fed kept rates unchanged.","source":"Wire A","time":"2026-05-20T08:00:00Z"}""",
            """{this is not json""",
            """{"id":"future","title":"Dated a millennium ahead","text":"","source":"Wire B","time":"3000-01-01T00:00:00Z"}""",
            """{"id":"js","title":"Drought cuts Brazil coffee harvest forecast","text":"","source":"Wire C","url":"javascript:alert(1)","time":"2026-05-20T09:00:00Z"}""",
            """{"id":"surrogate","title":"Oil slips \ud800 as stocks build","text":"","source":"Wire D","time":"2026-05-20T10:00:00Z"}""",
            """{"id":"","title":"No identifier","text":"","source":"Wire E"}""",
        ]);

        var (exitCode, output, error) = await SampleHostProcess.RunAsync("ingest", "--db", db, input);
        var again = await SampleHostProcess.RunAsync("ingest", "--db", db, input);

        exitCode.Should().Be(3, error);
        output.Should().Contain($"{input}:2: skipped: not a JSON article")
            .And.Contain($"{input}:3: future: rejected: PublishedAt must not be more than")
            .And.Contain($"{input}:6: : rejected: Id must not be empty")
            .And.Contain("js: ").And.Contain("Url was not an absolute http or https address (javascript:); dropped")
            .And.Contain("surrogate: ").And.Contain("unpaired surrogate escape(s) read as U+FFFD")
            .And.Contain("6 record(s): 3 ingested, 0 no signal, 0 duplicate, 3 rejected (Id 1, PublishedAt 1, unreadable 1)");
        again.ExitCode.Should().Be(3, again.Error);
        again.Output.Should().Contain("6 record(s): 0 ingested, 0 no signal, 3 duplicate, 3 rejected").And.Contain("0 signal(s) created, 0 reinforced");
    }

    [Fact]
    public async Task Signals_DatabaseAndNoInput_ReadsTheDatabaseWithoutWritingTheSeedsIntoIt()
    {
        var db = Path.Combine(_folder, "read-only.db");

        var listed = await SampleHostProcess.RunAsync("signals", "--db", db);
        var ingested = await SampleHostProcess.RunAsync("ingest", "--db", db);

        listed.ExitCode.Should().Be(0, listed.Error);
        listed.Output.Should().Contain("No signals yet.").And.Contain("Showing 0 of 0 signal(s)");
        ingested.Output.Should().Contain("2 ingested, 0 no signal, 0 duplicate", "signals wrote none of the seeds into the database");
    }

    [Fact]
    public async Task Signals_MoreSignalsThanTheLimit_SaysHowManyItShowsOfHowMany()
    {
        var input = Path.Combine(_folder, "three.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            """{"id":"a","title":"Fed holds interest rates steady as inflation cools","text":"","source":"Wire A"}""",
            """{"id":"b","title":"Drought cuts Brazil coffee harvest forecast","text":"","source":"Wire B"}""",
            """{"id":"c","title":"Toyota recalls hybrid cars over brake software","text":"","source":"Wire C"}""",
        ]);

        var (exitCode, output, error) = await SampleHostProcess.RunAsync("signals", "--db", ":memory:", "--input", input, "--limit", "1");

        exitCode.Should().Be(0, error);
        output.Should().MatchRegex(@"Showing 1 of [2-9]\d* signal\(s\), strongest first \(--limit shows more\)\.");
    }

    [Fact]
    public async Task Cluster_WithADatabaseHoldingTheStreamAlready_WritesTheSameStoriesAsTheRunThatStoredIt()
    {
        string[] stream =
        [
            """{"id":"a","title":"Fed holds interest rates steady as inflation cools","text":"","source":"Wire A"}""",
            """{"id":"b","title":"Drought cuts Brazil coffee harvest forecast","text":"","source":"Wire B"}""",
            """{"id":"c","title":"Fed holds rates steady, signals patience on inflation","text":"","source":"Wire C"}""",
        ];
        var database = Path.Combine(_folder, "x.db");
        var (exitCode, error, first) = await ClusterAsync(stream, "--db", database);
        exitCode.Should().Be(0, error);

        var (againCode, againError, again) = await ClusterAsync(stream, "--db", database);

        againCode.Should().Be(0, againError);
        again.Select(r => string.Join('\t', r)).Should().Equal(first.Select(r => string.Join('\t', r)));
        again.Should().HaveCount(3).And.OnlyContain(r => r[1].StartsWith("story:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cluster_CopyOfAnEarlierArticle_IsReportedInItsOriginalsStory()
    {
        var (exitCode, error, lines) = await ClusterAsync(
        [
            """{"id":"a","title":"Titanfall Review","text":"","source":"Wire A"}""",
            """{"id":"b","title":"Drought cuts Brazil coffee harvest forecast","text":"","source":"Wire B"}""",
            """{"id":"c","title":"Titanfall review","text":"","source":"Wire C"}""",
        ]);

        exitCode.Should().Be(0, error);
        var story = lines.ToDictionary(l => l[0], l => l[1]);
        story["c"].Should().Be(story["a"], "the store already holds this text, so c is a copy of a").And.NotStartWith("alone:");
        story["b"].Should().NotBe(story["a"]);
    }

    [Fact]
    public async Task Cluster_CopyReadBeforeItsOriginalFromADatabaseHoldingBoth_IsReportedInItsOriginalsStory()
    {
        string[] stream =
        [
            """{"id":"a","title":"Titanfall Review","text":"","source":"Wire A"}""",
            """{"id":"b","title":"Drought cuts Brazil coffee harvest forecast","text":"","source":"Wire B"}""",
            """{"id":"c","title":"Titanfall review","text":"","source":"Wire C"}""",
        ];
        var database = Path.Combine(_folder, "x.db");
        var (exitCode, error, _) = await ClusterAsync(stream, "--db", database);
        exitCode.Should().Be(0, error);

        var (againCode, againError, lines) = await ClusterAsync([.. stream.Reverse()], "--db", database);

        againCode.Should().Be(0, againError);
        var story = lines.ToDictionary(l => l[0], l => l[1]);
        story["c"].Should().Be(story["a"], "the copy's group is its original's wherever the original comes in the input").And.NotStartWith("alone:");
    }

    [Fact]
    public async Task Cluster_SignalLevelOnTheSeeds_PutsBothArticlesInOneSignal()
    {
        var output = Path.Combine(_folder, "signals.tsv");

        var (exitCode, _, error) = await SampleHostProcess.RunAsync("cluster", "--input", "seeds", "--output", output, "--level", "signal");

        exitCode.Should().Be(0, error);
        var rows = (await File.ReadAllLinesAsync(output)).Select(l => l.Split('\t')).ToList();
        rows.Select(r => r[0]).Should().Equal("b57d152d6c6b719e", "77a38fe66b43cf80");
        rows.Select(r => r[1]).Distinct().Should().ContainSingle("both seeds express one pattern").Which.Should().StartWith("signal:");
    }

    [Fact]
    public async Task Eval_LabelledFile_PrintsOneRowPerLevelBesideTheBaseline()
    {
        var input = Path.Combine(_folder, "tiny.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            """{"id":"a","title":"Fed holds interest rates steady as inflation cools","text":"","cluster":"fed"}""",
            """{"id":"b","title":"Drought cuts Brazil coffee harvest forecast","text":"","cluster":"coffee"}""",
            """{"id":"c","title":"Fed holds rates steady, signals patience on inflation","text":"","cluster":"fed"}""",
        ]);

        var (exitCode, output, error) = await SampleHostProcess.RunAsync("eval", input);

        exitCode.Should().Be(0, error);
        var rows = output.Split('\n').Where(l => l.StartsWith("| tiny |", StringComparison.Ordinal)).ToList();
        rows.Should().HaveCount(2);
        rows[0].Should().StartWith("| tiny | story |");
        rows[1].Should().StartWith("| tiny | signal |");
        rows.Should().OnlyContain(r => r.Split('|', StringSplitOptions.TrimEntries).Length == 14, "each row has every column of the header");
    }

    [Fact]
    public async Task Eval_WithOrders_PrintsTheSpreadOfEachLevelOverTheOtherOrders()
    {
        var input = Path.Combine(_folder, "tiny.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            """{"id":"a","title":"Fed holds interest rates steady as inflation cools","text":"","cluster":"fed"}""",
            """{"id":"b","title":"Drought cuts Brazil coffee harvest forecast","text":"","cluster":"coffee"}""",
            """{"id":"c","title":"Fed holds rates steady, signals patience on inflation","text":"","cluster":"fed"}""",
        ]);

        var (exitCode, output, error) = await SampleHostProcess.RunAsync("eval", input, "--orders", "2", "--level", "story");

        exitCode.Should().Be(0, error);
        var spread = output.Split('\n').SkipWhile(l => !l.StartsWith("| set | level | BCubed F1, file order |", StringComparison.Ordinal)).Skip(2).Where(l => l.StartsWith('|')).ToList();
        spread.Should().ContainSingle().Which.Split('|', StringSplitOptions.TrimEntries)[1..3].Should().Equal("tiny", "story");
    }

    [Fact]
    public async Task Extract_GermanArticle_PrintsAPlainCandidateWithItsLettersAsWritten()
    {
        var path = Path.Combine(_folder, "de.jsonl");
        await File.WriteAllTextAsync(path, """{"id":"de-1","title":"Stromsteuer für Firmen sinkt","text":"Die Bundesregierung hat am Dienstag beschlossen, die Stromsteuer für Unternehmen dauerhaft zu senken.","lang":"de"}""" + "\n");

        var (exitCode, output, error) = await SampleHostProcess.RunAsync("extract", path);

        exitCode.Should().Be(0, error);
        output.Should().Contain("\"headline\": \"Stromsteuer für Firmen sinkt\"").And.NotContain("\\u00FC");
        using var json = JsonDocument.Parse(output);
        json.RootElement[0].GetProperty("actors").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Extract_SeedArticle_PrintsCandidatesAsJson()
    {
        var (exitCode, output, error) = await SampleHostProcess.RunAsync("extract", Path.Combine("seeds", "002_77a38fe66b43cf80.txt"));

        exitCode.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetArrayLength().Should().BeGreaterThan(0);
        json.RootElement[0].GetProperty("headline").GetString().Should().NotBeNullOrWhiteSpace();
        json.RootElement[0].GetProperty("evidence").GetProperty("quotes").GetArrayLength().Should().BeGreaterThan(0);
        string[] Values(string field) => [.. json.RootElement[0].GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];
        Values("actors").Should().Contain(["Cambricon", "Nvidia"]);
        Values("regions").Should().Contain(["CN", "US"]);
        Values("keyPhrases").Should().Contain(["4,230%", "A100"]);
    }

    [Fact]
    public async Task Signals_JsonFormat_ListsSignalsWithTheFieldsOfTheSeedPage()
    {
        var (exitCode, output, error) = await SampleHostProcess.RunAsync("signals", "--db", ":memory:", "--format", "json");

        exitCode.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        var first = json.RootElement[0];
        foreach (var field in new[] { "id", "headline", "strength", "extractionCount", "articleCount", "firstExtractedAt", "lastReinforcedAt", "horizon", "domains", "topics", "regions", "actors", "evidence" })
        {
            first.TryGetProperty(field, out _).Should().BeTrue(field);
        }
    }

    [Fact]
    public async Task Signal_UnknownId_ExitsWithTwoAndSaysHowToFindIds()
    {
        var (exitCode, _, error) = await SampleHostProcess.RunAsync("signal", "sig_does_not_exist");

        exitCode.Should().Be(2);
        error.Should().Contain("sig_does_not_exist").And.Contain("signals");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("5000")]
    [InlineData("100000")]
    [InlineData("99999999999")]
    [InlineData("abc")]
    public async Task Signals_LimitNotAWholeNumberFromOneTo1000_ExitsWithTwoAndOneLineNamingTheOptionAndItsRange(string limit)
    {
        var (exitCode, _, error) = await SampleHostProcess.RunAsync("signals", "--db", ":memory:", "--limit", limit);

        exitCode.Should().Be(2, error);
        error.Trim().Should().Be($"bellwether: --limit must be between 1 and 1000 (was {limit}).");
    }

    [Fact]
    public async Task Signals_ClusteringSettingOutOfRange_ExitsWithTwoAndOneLineNamingTheSetting()
    {
        var environment = new Dictionary<string, string?> { ["BELLWETHER_Clustering__StoryMatchThreshold"] = "2" };

        var (exitCode, _, error) = await SampleHostProcess.RunAsync(environment, "signals", "--db", ":memory:");

        exitCode.Should().Be(2, error);
        error.Trim().Should().StartWith("bellwether: StoryMatchThreshold").And.NotContain(Environment.NewLine).And.NotContain(" at ");
    }

    [Theory]
    [InlineData("{\"articles\": [")]
    [InlineData("{}")]
    public async Task Ingest_FolderWithAnUnusableManifest_ExitsWithTwoAndOneLineNamingTheManifest(string manifest)
    {
        var path = Path.Combine(_folder, "articles.json");
        await File.WriteAllTextAsync(path, manifest);

        var (exitCode, _, error) = await SampleHostProcess.RunAsync("ingest", "--db", ":memory:", _folder);

        exitCode.Should().Be(2, error);
        error.Trim().Should().StartWith("bellwether: ").And.Contain(path).And.NotContain(Environment.NewLine);
    }

    [Theory]
    [InlineData("empty.jsonl")]
    [InlineData("")]
    public async Task Extract_InputWithNoArticle_ExitsWithTwoAndSaysSoNamingTheInput(string file)
    {
        var path = Path.Combine(_folder, file);
        if (file.Length > 0)
        {
            await File.WriteAllTextAsync(path, "\n");
        }

        var (exitCode, _, error) = await SampleHostProcess.RunAsync("extract", path);

        exitCode.Should().Be(2, error);
        error.Trim().Should().Be($"bellwether: No article in '{path}'.");
    }

    [Theory]
    [InlineData("7:Nvidia")]
    [InlineData("1:CN")]
    [InlineData("country:CN")]
    public async Task Brief_FollowWithAKindThatIsNotTopicRegionOrActor_ExitsWithTwoAndOneLineNamingIt(string follow)
    {
        var (exitCode, _, error) = await SampleHostProcess.RunAsync("brief", "--db", ":memory:", "--follow", follow);

        exitCode.Should().Be(2, error);
        error.Trim().Should().StartWith($"bellwether: --follow '{follow}' is not KIND:VALUE[:WEIGHT]").And.NotContain(Environment.NewLine);
    }

    [Fact]
    public async Task Ingest_MissingInput_ExitsWithTwoAndOneLineNamingThePath()
    {
        var missing = Path.Combine(_folder, "no-such-file.jsonl");

        var (exitCode, _, error) = await SampleHostProcess.RunAsync("ingest", "--db", ":memory:", missing);

        exitCode.Should().Be(2);
        error.Trim().Should().Be($"bellwether: No article file or folder at '{missing}'.");
    }

    [Fact]
    public async Task Signals_DatabaseThatCannotBeOpened_ExitsWithOneNamingTheStoreAndTheCause()
    {
        var notADirectory = Path.Combine(_folder, "plain-file");
        await File.WriteAllTextAsync(notADirectory, "not a folder");

        var (exitCode, _, error) = await SampleHostProcess.RunAsync("signals", "--db", Path.Combine(notADirectory, "signals.db"));

        exitCode.Should().Be(1);
        error.Should().StartWith("bellwether: ").And.Contain(notADirectory).And.NotContain("   at ");
    }

    /// <summary>Runs <c>cluster</c> over a JSONL file of <paramref name="lines"/> with <paramref name="arguments"/> added; the output's rows (id, story), if it wrote any.</summary>
    private async Task<(int ExitCode, string Error, List<string[]> Rows)> ClusterAsync(string[] lines, params string[] arguments)
    {
        var input = Path.Combine(_folder, "in.jsonl");
        var output = Path.Combine(_folder, "out.tsv");
        await File.WriteAllLinesAsync(input, lines);
        var (exitCode, _, error) = await SampleHostProcess.RunAsync(["cluster", "--input", input, "--output", output, .. arguments]);
        var rows = File.Exists(output) ? (await File.ReadAllLinesAsync(output)).Select(l => l.Split('\t')).ToList() : [];
        return (exitCode, error, rows);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
