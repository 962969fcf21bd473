namespace Bellwether.Core.Internal;

/// <summary>What a <see cref="SignalChangeSet"/> or a merge does to stored signals, the same for every store.</summary>
internal static class ChangeSetApplication
{
    /// <summary>The ids the reinforcements name, distinct and in ordinal order (the order to lock rows in).</summary>
    public static IReadOnlyList<string> ReinforcedIds(SignalChangeSet changes) =>
        [.. changes.Reinforcements.Select(r => r.SignalId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// The signals the change set was planned on, by id (see <see cref="SignalReinforcement.Basis"/>): a store applies
    /// the reinforcements to one of them instead of reading the signal when its stored version is still the same.
    /// </summary>
    public static IReadOnlyDictionary<string, Signal> Bases(SignalChangeSet changes)
    {
        var bases = new Dictionary<string, Signal>(StringComparer.Ordinal);
        foreach (var reinforcement in changes.Reinforcements)
        {
            if (reinforcement.Basis is { } basis && basis.Id == reinforcement.SignalId)
            {
                bases.TryAdd(reinforcement.SignalId, basis);
            }
        }

        return bases;
    }

    /// <summary>The new signals as first stored (version 1); stores call it before they write anything.</summary>
    /// <exception cref="DuplicateSignalException">Two new signals of the change set share an id.</exception>
    /// <exception cref="SignalValidationException">A new signal holds what no store accepts.</exception>
    public static IReadOnlyList<Signal> Created(SignalChangeSet changes)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var signal in changes.Created)
        {
            StoredSignalRules.Validate(signal);
            if (!ids.Add(signal.Id))
            {
                throw new DuplicateSignalException(signal.Id, $"Signal '{signal.Id}' is created twice in the change set of article '{changes.Article.Id}'; nothing was written.");
            }
        }

        return [.. changes.Created.Select(s => s with { Version = 1 })];
    }

    /// <summary>Applies the reinforcements in order to <paramref name="stored"/>; each application raises the version by one.</summary>
    /// <exception cref="SignalNotFoundException">A reinforcement names a signal missing from <paramref name="stored"/>.</exception>
    /// <exception cref="SignalValidationException">A reinforced signal holds what no store accepts.</exception>
    public static IReadOnlyList<Signal> Reinforced(SignalChangeSet changes, IReadOnlyDictionary<string, Signal> stored)
    {
        var reinforced = new Dictionary<string, Signal>(StringComparer.Ordinal);
        foreach (var reinforcement in changes.Reinforcements)
        {
            var current = reinforced.GetValueOrDefault(reinforcement.SignalId)
                ?? stored.GetValueOrDefault(reinforcement.SignalId)
                ?? throw new SignalNotFoundException(reinforcement.SignalId);
            reinforced[reinforcement.SignalId] = reinforcement.Apply(current) with { Id = current.Id, Version = current.Version + 1 };
        }

        foreach (var signal in reinforced.Values)
        {
            StoredSignalRules.Validate(signal, stored[signal.Id]);
        }

        return [.. reinforced.Values];
    }

    /// <summary>The survivor after <paramref name="merge"/>, one version on.</summary>
    /// <exception cref="SignalValidationException">The merged signal holds what no store accepts.</exception>
    public static Signal Merged(Signal survivor, Signal absorbed, Func<Signal, Signal, Signal> merge)
    {
        var merged = merge(survivor, absorbed) with { Id = survivor.Id, Version = survivor.Version + 1 };
        StoredSignalRules.Validate(merged, survivor);
        return merged;
    }

    /// <summary>Refuses to merge a signal into itself.</summary>
    public static void ValidateMerge(string survivorId, string absorbedId, Func<Signal, Signal, Signal> merge)
    {
        ArgumentException.ThrowIfNullOrEmpty(survivorId);
        ArgumentException.ThrowIfNullOrEmpty(absorbedId);
        ArgumentNullException.ThrowIfNull(merge);
        if (string.Equals(survivorId, absorbedId, StringComparison.Ordinal))
        {
            throw new ArgumentException("A signal cannot be merged into itself.", nameof(absorbedId));
        }
    }

    /// <summary>The result with the change-feed sequences <paramref name="first"/> to <paramref name="last"/> its write took; unchanged when it took none.</summary>
    public static SaveResult WithSequences(this SaveResult result, long first, long last) =>
        last < first ? result : result with { FirstSequence = first, LastSequence = last };
}
