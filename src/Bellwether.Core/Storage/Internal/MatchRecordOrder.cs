namespace Bellwether.Core.Internal;

/// <summary>Orders match records by sequence.</summary>
internal sealed class MatchRecordOrder : IComparer<MatchRecord>
{
    public static MatchRecordOrder Instance { get; } = new();

    public int Compare(MatchRecord? x, MatchRecord? y) => (x?.Sequence ?? 0).CompareTo(y?.Sequence ?? 0);
}
