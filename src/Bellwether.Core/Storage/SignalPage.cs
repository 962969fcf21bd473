namespace Bellwether.Core;

/// <summary>One page of a signal listing.</summary>
/// <param name="Items">The signals on this page.</param>
/// <param name="TotalCount">How many signals match the query in all.</param>
/// <param name="NextOffset">The offset of the next page, or null on the last page.</param>
public sealed record SignalPage(IReadOnlyList<Signal> Items, int TotalCount, int? NextOffset);
