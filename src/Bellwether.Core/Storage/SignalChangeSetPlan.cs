using Bellwether.Core.Internal;

namespace Bellwether.Core;

/// <summary>
/// What one <see cref="SignalChangeSet"/> does to stored signals, by the rules every <see cref="ISignalStore"/> keeps,
/// so that a store written outside this library accepts, refuses and versions signals as the built-in stores do.
/// </summary>
/// <remarks>
/// In <see cref="ISignalStore.SaveAsync"/>: make the plan before writing anything (it refuses a change set no store
/// accepts); in the write, read the stored signals that <see cref="ReinforcedIds"/> names (in that order, the order to
/// lock them in), or take a signal of <see cref="Bases"/> while its stored version is still the same; pass them to
/// <see cref="Reinforce"/>; store <see cref="Created"/> and the reinforced signals; return <see cref="ToSaveResult"/>.
/// </remarks>
public sealed class SignalChangeSetPlan
{
    /// <summary>Plans <paramref name="changes"/>.</summary>
    /// <param name="changes">The change set to save.</param>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    /// <exception cref="DuplicateSignalException">Two new signals of the change set share an id.</exception>
    /// <exception cref="SignalValidationException">A new signal holds what no store accepts.</exception>
    public SignalChangeSetPlan(SignalChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        Changes = changes;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var signal in changes.Created)
        {
            StoredSignalRules.Validate(signal);
            if (!ids.Add(signal.Id))
            {
                throw new DuplicateSignalException(signal.Id, $"Signal '{signal.Id}' is created twice in the change set of article '{changes.Article.Id}'; nothing was written.");
            }
        }

        Created = [.. changes.Created.Select(s => s with { Version = 1 })];
        ReinforcedIds = [.. changes.Reinforcements.Select(r => r.SignalId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var bases = new Dictionary<string, Signal>(StringComparer.Ordinal);
        foreach (var reinforcement in changes.Reinforcements)
        {
            if (reinforcement.Basis is { } basis && basis.Id == reinforcement.SignalId)
            {
                bases.TryAdd(reinforcement.SignalId, basis);
            }
        }

        Bases = bases;
    }

    /// <summary>The change set this plan applies.</summary>
    public SignalChangeSet Changes { get; }

    /// <summary>The new signals as first stored: version 1. The store refuses the write if one of their ids is taken.</summary>
    public IReadOnlyList<Signal> Created { get; }

    /// <summary>The ids the reinforcements name, distinct and in ordinal order: the signals to read, and the order to lock them in.</summary>
    public IReadOnlyList<string> ReinforcedIds { get; }

    /// <summary>
    /// The signals the change set was planned on, by id (see <see cref="SignalReinforcement.Basis"/>): a store whose
    /// stored signal still has the <see cref="Signal.Version"/> of one of these may pass it to <see cref="Reinforce"/>
    /// instead of reading the signal again.
    /// </summary>
    public IReadOnlyDictionary<string, Signal> Bases { get; }

    /// <summary>Applies the reinforcements in order to the stored signals; each application raises a signal's version by one.</summary>
    /// <param name="stored">The stored signals by id, holding at least every id of <see cref="ReinforcedIds"/>.</param>
    /// <returns>Each reinforced signal once, as it is to be stored.</returns>
    /// <exception cref="SignalNotFoundException">A reinforcement names a signal missing from <paramref name="stored"/>.</exception>
    /// <exception cref="SignalValidationException">A reinforced signal holds what no store accepts.</exception>
    public IReadOnlyList<Signal> Reinforce(IReadOnlyDictionary<string, Signal> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var reinforced = new Dictionary<string, Signal>(StringComparer.Ordinal);
        foreach (var reinforcement in Changes.Reinforcements)
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

    /// <summary>
    /// What the write that stored <see cref="Created"/> and <paramref name="reinforced"/> returns, with the change-feed
    /// sequences <paramref name="firstSequence"/> to <paramref name="lastSequence"/> it took (none when
    /// <paramref name="lastSequence"/> is below <paramref name="firstSequence"/>: the write took no sequence).
    /// </summary>
    /// <param name="reinforced">The signals <see cref="Reinforce"/> returned, as stored.</param>
    /// <param name="firstSequence">The change-feed sequence of the write's first change.</param>
    /// <param name="lastSequence">The change-feed sequence of the write's last change.</param>
    public SaveResult ToSaveResult(IReadOnlyList<Signal> reinforced, long firstSequence, long lastSequence)
    {
        ArgumentNullException.ThrowIfNull(reinforced);
        var result = new SaveResult { Created = Created, Reinforced = reinforced };
        return lastSequence < firstSequence ? result : result with { FirstSequence = firstSequence, LastSequence = lastSequence };
    }
}
