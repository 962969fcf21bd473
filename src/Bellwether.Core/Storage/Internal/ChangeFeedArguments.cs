namespace Bellwether.Core.Internal;

/// <summary>Checks the arguments of <see cref="ISignalStore.ReadChangesAsync"/> the same way for every store.</summary>
internal static class ChangeFeedArguments
{
    public static void Validate(long afterSequence, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        if (limit is < 1 or > SignalQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"The limit must be between 1 and {SignalQuery.MaxLimit}.");
        }
    }
}
