using Bellwether.Core;
using Bellwether.Sample.Input;

namespace Bellwether.Sample.Tests;

public sealed class ArticleLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bellwether-loader-").FullName;

    [Fact]
    public async Task LoadAsync_BundledSeeds_YieldsTheTwoManifestArticlesWithMetadata()
    {
        var articles = await Load(ArticleLoader.SeedsFolder);

        articles.Select(a => a.Id).Should().Equal("b57d152d6c6b719e", "77a38fe66b43cf80");
        articles[0].Title.Should().StartWith("CXMT’s Planned US$42 Billion IPO");
        articles[0].Text.Should().StartWith("CXMT has emerged").And.NotContain("Planned US$42 Billion IPO Signals");
        articles[0].PublishedAt.Should().Be(new DateTimeOffset(2026, 5, 20, 8, 0, 0, TimeSpan.Zero));
        articles[1].Text.Should().StartWith("What is the story about?");
        articles.Should().AllSatisfy(a => a.Invoking(x => x.Validate()).Should().NotThrow());
    }

    [Fact]
    public async Task LoadAsync_JsonlStream_YieldsOneArticlePerLineInFileOrder()
    {
        var file = Write("stream.jsonl",
            """
            {"id":"1","title":"Fed holds rates","text":"","source":"Wire","time":null,"url":"https://example.com/1","lang":"en","category":"b"}

            {"id":"2","title":"Oil slips","text":"Body","source":null,"time":"2026-05-20T08:00:00Z","section":"energy","category":"b"}
            """);

        var articles = await Load(file);

        articles.Select(a => a.Id).Should().Equal("1", "2");
        articles[0].Url.Should().Be(new Uri("https://example.com/1"));
        articles[1].PublishedAt.Should().Be(new DateTimeOffset(2026, 5, 20, 8, 0, 0, TimeSpan.Zero));
        articles.Select(a => a.Section).Should().Equal("b", "energy");
    }

    [Fact]
    public async Task LoadAsync_MalformedJsonLine_ThrowsNamingFileAndLine()
    {
        var file = Write("bad.jsonl", "{\"id\":\"1\",\"title\":\"ok\"}\n{not json\n");

        var load = () => Load(file);

        (await load.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should().Contain("bad.jsonl:2");
    }

    [Fact]
    public async Task LoadAsync_MissingPath_ThrowsFileNotFoundNamingThePath()
    {
        var missing = Path.Combine(_folder, "nope.txt");

        var load = () => Load(missing);

        (await load.Should().ThrowAsync<FileNotFoundException>()).Which.Message.Should().Contain(missing);
    }

    [Fact]
    public async Task LoadAsync_FolderWithoutManifest_ReadsTextFilesInNameOrderWithFirstLineAsTitle()
    {
        Write("b.txt", "Second title\nSecond body");
        Write("a.txt", "\nFirst title\nFirst body\nmore");
        Write("ignored.md", "# not an article");

        var articles = await Load(_folder);

        articles.Select(a => (a.Id, a.Title, a.Text)).Should().Equal(("a", "First title", "First body\nmore"), ("b", "Second title", "Second body"));
    }

    [Theory]
    [InlineData("{\"articles\": [", "is not a JSON article manifest")]
    [InlineData("{}", "has no \"articles\" list")]
    [InlineData("{\"articles\": [null]}", "article 1 names no \"file\"")]
    [InlineData("{\"articles\": [{\"id\": \"a\"}]}", "article 1 names no \"file\"")]
    public async Task LoadAsync_UnusableManifest_ThrowsInvalidDataNamingTheManifestAndTheProblem(string manifest, string problem)
    {
        var path = Write(ArticleLoader.ManifestName, manifest);

        var load = () => Load(_folder);

        (await load.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should().Contain(path).And.Contain(problem);
    }

    [Fact]
    public async Task ReadAsync_MalformedLineBetweenGoodOnes_YieldsItsProblemWithFileAndLineAndGoesOn()
    {
        var file = Write("mixed.jsonl", "{\"id\":\"1\",\"title\":\"ok\"}\n{not json\nnull\n{\"id\":\"2\",\"title\":\"also ok\"}\n");

        var records = await ArticleLoader.ReadAsync([file]).ToListAsync();

        records.Select(r => (r.Location, r.Article?.Id)).Should().Equal(($"{file}:1", "1"), ($"{file}:2", null), ($"{file}:3", null), ($"{file}:4", "2"));
        records[1].Problem.Should().StartWith("not a JSON article");
        records[2].Problem.Should().Be("the line is JSON null");
    }

    [Fact]
    public async Task ReadAsync_UnpairedSurrogateEscapes_ReadsThemAsReplacementCharactersAndSaysSo()
    {
        var file = Write("surrogates.jsonl", """{"id":"1","title":"Oil \ud800 slips","text":"A \udc00 B \\ud800 C \ud83d\ude00 D"}""" + "\n");

        var record = (await ArticleLoader.ReadAsync([file]).ToListAsync()).Single();

        record.Article!.Title.Should().Be("Oil \uFFFD slips");
        record.Article.Text.Should().Be("A \uFFFD B \\ud800 C \U0001F600 D", "an escaped backslash is not an escape, and a whole pair stays whole");
        record.Note.Should().Contain("U+FFFD");
    }

    [Fact]
    public async Task ReadAsync_TextFileHoldingNulCharacters_YieldsAProblemNamingTheFile()
    {
        var file = Write("binary.txt", "\0\u0001PK\0\0binary");

        var record = (await ArticleLoader.ReadAsync([file]).ToListAsync()).Single();

        (record.Location, record.Article, record.Problem).Should().Be((file, null, "not a text file (it holds NUL characters)"));
    }

    [Fact]
    public async Task ReadAsync_IdsWrittenAsNumbers_ReadsThemAsText()
    {
        var file = Write("numbers.jsonl", "{\"id\":17,\"title\":\"Fed holds rates\"}\n{\"id\":-3.5,\"title\":\"Oil slips\"}\n");

        var records = await ArticleLoader.ReadAsync([file]).ToListAsync();

        records.Select(r => r.Article?.Id).Should().Equal("17", "-3.5");
    }

    [Theory]
    [InlineData("\"2026-05-20T08:00:00Z\"")]
    [InlineData("\"2026-05-20 08:00:00\"")]
    [InlineData("\"2026-05-20T10:00:00+02:00\"")]
    [InlineData("\"Wed, 20 May 2026 08:00:00 GMT\"")]
    [InlineData("1779264000")]
    [InlineData("\"1779264000\"")]
    [InlineData("1779264000000")]
    public async Task ReadAsync_TimeInAnyCommonForm_ReadsTheSameInstant(string time)
    {
        var file = Write("times.jsonl", $"{{\"id\":\"1\",\"title\":\"Oil slips\",\"time\":{time}}}\n");

        var record = (await ArticleLoader.ReadAsync([file]).ToListAsync()).Single();

        record.Article!.PublishedAt.Should().Be(new DateTimeOffset(2026, 5, 20, 8, 0, 0, TimeSpan.Zero));
        record.Note.Should().BeNull();
    }

    [Fact]
    public async Task ReadAsync_DateWithoutTime_ReadsMidnightUtc()
    {
        var file = Write("dates.jsonl", "{\"id\":\"1\",\"title\":\"Oil slips\",\"time\":\"2013-01-05\"}\n");

        (await ArticleLoader.ReadAsync([file]).ToListAsync()).Single().Article!.PublishedAt.Should().Be(new DateTimeOffset(2013, 1, 5, 0, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("\"sometime soon\"")]
    [InlineData("true")]
    [InlineData("{\"year\":2026}")]
    [InlineData("99999999999999999999")]
    public async Task ReadAsync_TimeNotUnderstood_KeepsTheArticleWithoutATimeAndSaysSo(string time)
    {
        var file = Write("odd-times.jsonl", $"{{\"id\":\"1\",\"title\":\"Oil slips\",\"time\":{time}}}\n");

        var record = (await ArticleLoader.ReadAsync([file]).ToListAsync()).Single();

        record.Article!.PublishedAt.Should().BeNull();
        record.Note.Should().Be($"time {time} not understood: read as no time");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<List<Article>> Load(string path)
    {
        var articles = new List<Article>();
        await foreach (var article in ArticleLoader.LoadAsync([path]))
        {
            articles.Add(article);
        }

        return articles;
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
