namespace Bellwether.Core;

/// <summary>One page of a signal listing.</summary>
public sealed record SignalPage
{
    /// <summary>Creates a <see cref="SignalPage"/> from its parts.</summary>
    /// <param name="items">The signals on this page.</param>
    /// <param name="totalCount">How many signals match the query in all.</param>
    /// <param name="nextOffset">The offset of the next page, or null on the last page.</param>
    public SignalPage(IReadOnlyList<Signal> items, int totalCount, int? nextOffset)
    {
        Items = items;
        TotalCount = totalCount;
        NextOffset = nextOffset;
    }

    /// <summary>The signals on this page.</summary>
    public IReadOnlyList<Signal> Items { get; init; }

    /// <summary>How many signals match the query in all.</summary>
    public int TotalCount { get; init; }

    /// <summary>The offset of the next page, or null on the last page.</summary>
    public int? NextOffset { get; init; }
}
