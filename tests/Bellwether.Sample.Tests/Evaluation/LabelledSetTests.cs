using Bellwether.Core;
using Bellwether.Sample.Evaluation;
using Bellwether.Sample.Input;

namespace Bellwether.Sample.Tests.Evaluation;

public sealed class LabelledSetTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void InOrder_SameSeed_GivesTheSameOrder()
    {
        var set = Set(Enumerable.Range(0, 40).Select(i => Record("a" + i, null)));

        set.InOrder(7).Records.Select(r => r.Location).Should().Equal(set.InOrder(7).Records.Select(r => r.Location));
    }

    [Fact]
    public void InOrder_UndatedSet_ChangesTheOrderAndKeepsEveryRecord()
    {
        var set = Set(Enumerable.Range(0, 40).Select(i => Record("a" + i, null)));

        var reordered = set.InOrder(1);

        reordered.Records.Select(r => r.Location).Should().NotEqual(set.Records.Select(r => r.Location)).And.BeEquivalentTo(set.Records.Select(r => r.Location));
        reordered.Name.Should().Be("set (order 1)");
        reordered.Gold.Should().BeSameAs(set.Gold);
    }

    [Fact]
    public void InOrder_DatedSet_KeepsTimeOrderAndShufflesOnlyEqualTimes()
    {
        var set = Set(Enumerable.Range(0, 40).Select(i => Record("a" + i, Monday.AddDays(i / 10))));

        var reordered = set.InOrder(1).Records;

        reordered.Select(r => r.Article!.PublishedAt).Should().BeInAscendingOrder();
        reordered.Select(r => r.Location).Should().NotEqual(set.Records.Select(r => r.Location), "articles of one day change places");
    }

    [Fact]
    public async Task LoadAsync_LineThatIsNotJson_IsLeftOutAndTheRestIsRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"labelled-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, "{\"id\":\"a1\",\"title\":\"Fed holds rates\",\"cluster\":\"x\"}\n{\"id\":\"a2\",\"title\":\"broken\"\n{\"id\":3,\"title\":\"Fed keeps rates\",\"cluster\":7}\n");
        try
        {
            var set = await LabelledSet.LoadAsync(path, CancellationToken.None);

            set.Gold.Should().Equal(new Dictionary<string, string> { ["a1"] = "x", ["3"] = "7" });
            set.Articles.Select(a => a.Id).Should().Equal("a1", "3");
            set.Records.Should().ContainSingle(r => r.Article == null).Which.Location.Should().Be($"{path}:2");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task LoadAsync_JsonLineWithoutALabel_ThrowsNamingTheLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"labelled-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, "{\"id\":\"a1\",\"title\":\"Fed holds rates\",\"cluster\":\"x\"}\n[1, 2]\n");
        try
        {
            var load = () => LabelledSet.LoadAsync(path, CancellationToken.None);

            (await load.Should().ThrowAsync<InvalidDataException>()).WithMessage($"{path}:2: *");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static LabelledSet Set(IEnumerable<InputRecord> records)
    {
        var list = records.ToList();
        return new LabelledSet("set", list, list.ToDictionary(r => r.Location, _ => "g"));
    }

    private static InputRecord Record(string id, DateTimeOffset? publishedAt) =>
        new(id, new Article { Id = id, Title = "Headline " + id, PublishedAt = publishedAt, Source = "Outlet" });
}
