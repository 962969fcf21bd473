using Bellwether.Sqlite;
using Bellwether.Sqlite.Internal;
using Bellwether.Storage.Tests.TestSupport;
using Bellwether.Testing.Internal;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Bellwether.Storage.Tests;

/// <summary>The sample host against durable stores, as real processes: killed mid-ingest, run twice, run side by side.</summary>
public sealed class SampleProcessTests : IDisposable
{
    private readonly TempDatabase _folder = new();

    [Fact]
    public async Task MainJob_SecondRunOnTheSameDatabase_PrintsTheSameBriefFromTheStore()
    {
        var first = await SampleHost.RunAsync("--db", _folder.Path);
        var second = await SampleHost.RunAsync("--db", _folder.Path);

        first.ExitCode.Should().Be(0, first.Error);
        second.ExitCode.Should().Be(0, second.Error);
        first.Output.Should().Contain("The Bellwether").And.Contain("worth your attention");
        second.Output.Should().Be(first.Output);
        File.Exists(_folder.Path).Should().BeTrue();
    }

    [Fact]
    public async Task Ingest_KilledWithSigkillMidway_DatabaseOpensTheMatchingTurnIsFreeAndTheIngestResumes()
    {
        var articles = ArticleStream.Create(distinct: 1000, resent: 0, seed: 7);
        var input = Path.Combine(_folder.Folder, "stream.jsonl");
        await SampleHost.WriteJsonlAsync(input, articles);

        using (var process = SampleHost.Start("ingest", input, "--db", _folder.Path))
        {
            while (await RecordedArticlesAsync() < 50 && !process.HasExited)
            {
                await Task.Delay(50);
            }

            process.Kill(); // SIGKILL on Linux: no cleanup, no flush
            await process.WaitForExitAsync();
        }

        var recordedAtKill = await RecordedArticlesAsync();
        recordedAtKill.Should().BeInRange(50, 999, "the host was killed in the middle of the stream");
        using (var other = new SqliteSignalStore(Options.Create(new SqliteSignalStoreOptions { DatabasePath = _folder.Path, BusyTimeout = TimeSpan.FromSeconds(2) }), TimeProvider.System))
        {
            await (await other.AcquireMatchTurnAsync()).DisposeAsync(); // the killed process's turn, if it held it, went with it
        }

        var resumed = await SampleHost.RunAsync("ingest", input, "--db", _folder.Path);

        resumed.ExitCode.Should().Be(0, resumed.Error);
        resumed.Output.Split('\n').Count(l => l.EndsWith("duplicate, skipped", StringComparison.Ordinal)).Should().Be((int)recordedAtKill);
        (await RecordedArticlesAsync()).Should().Be(1000);
        using var store = new SqliteSignalStore(Options.Create(new SqliteSignalStoreOptions { DatabasePath = _folder.Path }), TimeProvider.System);
        (await StoreChecks.ExtractionCountAsync(store)).Should().Be(await StoreChecks.CandidatesAsync(articles));
    }

    [SkippableFact]
    public async Task Ingest_TwoProcessesOnOnePostgreSql_RecordEveryArticleOnceAndEveryCandidateOnce()
    {
        using var server = new PostgresServer();
        var articles = ArticleStream.Create(distinct: 1000, resent: 60, seed: 8);
        var forward = Path.Combine(_folder.Folder, "forward.jsonl");
        var backward = Path.Combine(_folder.Folder, "backward.jsonl");
        await SampleHost.WriteJsonlAsync(forward, articles);
        await SampleHost.WriteJsonlAsync(backward, articles.Reverse());
        var connection = $"{server.ConnectionString};Search Path={server.Schema}";

        // Both workers ingest the whole stream at the same time, from opposite ends, so they meet in the middle.
        var runs = await Task.WhenAll(
            SampleHost.RunAsync("ingest", forward, "--postgres", connection),
            SampleHost.RunAsync("ingest", backward, "--postgres", connection));

        runs.Should().AllSatisfy(r => r.ExitCode.Should().Be(0, r.Error));
        var skipped = runs.Sum(r => r.Output.Split('\n').Count(l => l.EndsWith("duplicate, skipped", StringComparison.Ordinal)));
        skipped.Should().Be(articles.Count * 2 - 1000, "each of the 1,000 distinct articles is recorded by exactly one worker");
        (await server.ExecuteAsync("SELECT count(*) FROM articles")).Should().Be(1000L);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(server.ConnectionString);
        using var store = new Bellwether.PostgreSql.Internal.PostgreSqlSignalStore(Options.Create(new Bellwether.PostgreSql.PostgreSqlSignalStoreOptions { ConnectionString = builder.ConnectionString, Schema = server.Schema }));
        var signals = await StoreChecks.AllAsync(store);
        var recorded = new HashSet<string>((string[])(await server.ExecuteAsync("SELECT array_agg(id) FROM articles"))!, StringComparer.Ordinal);
        signals.Sum(s => s.ExtractionCount).Should().Be(await StoreChecks.CandidatesAsync(articles.Where(a => recorded.Contains(a.Id))));
        signals.Should().AllSatisfy(s => s.Evidence.Select(e => e.Article.Id).Should().OnlyHaveUniqueItems());
    }

    public void Dispose() => _folder.Dispose();

    private async Task<long> RecordedArticlesAsync()
    {
        if (!File.Exists(_folder.Path))
        {
            return 0;
        }

        try
        {
            await using var connection = new SqliteConnection($"Data Source={_folder.Path};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM articles";
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (SqliteException)
        {
            return 0; // the schema is not created yet
        }
    }
}
