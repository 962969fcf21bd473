namespace Bellwether.Core.Internal;

/// <summary>Gives the signals of a change set their analysis and headline before the change set is saved.</summary>
internal static class SignalAnalysis
{
    /// <summary>
    /// Analyses every created signal, and every reinforced one as the reinforcement would leave the stored signal;
    /// the change set is returned unchanged when there is no analyst.
    /// </summary>
    public static async ValueTask<SignalChangeSet> ApplyAsync(ISignalAnalyst? analyst, ISignalStore store, SignalChangeSet changes, CancellationToken cancellationToken)
    {
        if (analyst is null)
        {
            return changes;
        }

        var created = new List<Signal>(changes.Created.Count);
        foreach (var signal in changes.Created)
        {
            created.Add(await AnalyseAsync(analyst, signal, cancellationToken).ConfigureAwait(false));
        }

        var reinforcements = new List<SignalReinforcement>(changes.Reinforcements.Count);
        foreach (var reinforcement in changes.Reinforcements)
        {
            // A signal missing here makes the save fail and the pipeline match again; leave that to the store.
            if (await store.GetAsync(reinforcement.SignalId, cancellationToken).ConfigureAwait(false) is not { } stored)
            {
                reinforcements.Add(reinforcement);
                continue;
            }

            var next = reinforcement.Apply(stored);
            var analysed = await AnalyseAsync(analyst, next, cancellationToken).ConfigureAwait(false);
            var apply = reinforcement.Apply;

            // When the store applies the change to the very version analysed here (no write in between), reuse the
            // result instead of merging the evidence a second time; any other version gets the change anew. The basis
            // lets a durable store check the version instead of reading the signal a second time.
            reinforcements.Add(reinforcement with
            {
                Apply = signal => ReferenceEquals(signal, stored) ? analysed : apply(signal) with { Analysis = analysed.Analysis, Headline = analysed.Headline },
                Basis = stored,
            });
        }

        return changes with { Created = created, Reinforcements = reinforcements };
    }

    private static async ValueTask<Signal> AnalyseAsync(ISignalAnalyst analyst, Signal signal, CancellationToken cancellationToken) => signal with
    {
        Analysis = await analyst.AnalyseAsync(signal, cancellationToken).ConfigureAwait(false),
        Headline = await analyst.HeadlineAsync(signal, cancellationToken).ConfigureAwait(false) is { Length: > 0 } headline ? headline : signal.Headline,
    };
}
