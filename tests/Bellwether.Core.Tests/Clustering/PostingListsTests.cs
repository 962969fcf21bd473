using Bellwether.Core.Internal;

namespace Bellwether.Core.Tests.Clustering;

/// <summary>The inverted index: its posting lists, the compact stem table under them, and the time spans of the clusters it holds.</summary>
public sealed class PostingListsTests
{
    [Fact]
    public void Get_StemNeverPosted_IsEmpty()
    {
        var lists = new PostingLists(maxPostings: 8);
        lists.Add(1, 10);

        lists.Get(2).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Add_SeveralSlots_KeepsThemOldestFirst()
    {
        var lists = new PostingLists(maxPostings: 8);

        lists.Add(7, 3);
        var single = lists.Get(7).ToArray();
        lists.Add(7, 1);
        lists.Add(7, 4);

        single.Should().Equal(3);
        lists.Get(7).ToArray().Should().Equal(3, 1, 4);
        lists.Entries.Should().Be(3);
    }

    [Fact]
    public void Add_ListOverItsLimit_DropsItsOldestQuarter()
    {
        var lists = new PostingLists(maxPostings: 8);

        for (var slot = 0; slot < 9; slot++)
        {
            lists.Add(5, slot);
        }

        lists.Get(5).ToArray().Should().Equal(2, 3, 4, 5, 6, 7, 8);
        lists.Entries.Should().Be(7);
    }

    [Fact]
    public void Search_TermHeldByMoreClustersThanMaxPostings_ComparesOnlyTheNewestMaxPostings()
    {
        var index = SmallIndex();
        for (uint k = 0; k < 100; k++)
        {
            // Every cluster holds the shared term 1 and a term of its own.
            var vector = new TermVector([1, 1000 + k], [1f, 1f]);
            index.Count(vector);
            index.Create($"c{k}", vector, [], ticks: 0);
        }

        var hits = index.Search(new TermVector([1], [1f]), ticks: 0, take: 100);

        hits.Select(h => h.Cluster.Key).Should().BeEquivalentTo(Enumerable.Range(84, 16).Select(k => $"c{k}"));
    }

    [Theory]
    [InlineData(10, 20, 15, 30, 0)]
    [InlineData(10, 40, 15, 20, 0)]
    [InlineData(10, 20, 50, 60, 30)]
    [InlineData(50, 60, 10, 20, 30)]
    public void GapTo_TwoClustersTimeSpans_IsTheTimeBetweenThemOrZeroWhenTheyOverlap(long firstA, long lastA, long firstB, long lastB, long gap)
    {
        var index = SmallIndex();
        var vector = new TermVector([1], [1f]);
        var a = index.Create("a", vector, [], firstA);
        index.Join(a, vector, [], lastA);
        var b = index.Create("b", vector, [], firstB);
        index.Join(b, vector, [], lastB);

        (a.GapTo(b), b.GapTo(a)).Should().Be((gap, gap));
    }

    [Fact]
    public void GetOrAdd_ManyStems_KeepsEveryValueThroughGrowth()
    {
        var table = new StemTable<int>();

        for (uint key = 0; key < 5000; key++)
        {
            table.GetOrAdd(key * 7919) = (int)key + 1;
        }

        table.Count.Should().Be(5000);
        Enumerable.Range(0, 5000).Where(k => table.Find((uint)k * 7919) != k + 1).Should().BeEmpty();
        System.Runtime.CompilerServices.Unsafe.IsNullRef(ref table.Find(3)).Should().BeTrue();
    }

    [Fact]
    public void GetOrAdd_StemPairKey_Throws()
    {
        var table = new StemTable<int>();

        var add = () => table.GetOrAdd(TextFeatures.PairBit | 1);

        add.Should().Throw<ArgumentOutOfRangeException>();
    }

    /// <summary>An index whose searches read the newest 16 clusters of each list, with no common-term pruning.</summary>
    private static ClusterIndex SmallIndex() =>
        new(new ClusterLevel(TimeSpan.FromDays(365), CentroidTerms: 8, RecentMembers: 0, KeepSketches: false, CommonTermShare: 1.0, MaxPostings: 16));
}
