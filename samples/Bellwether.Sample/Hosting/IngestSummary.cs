using Bellwether.Core;

namespace Bellwether.Sample.Hosting;

/// <summary>What a run did with its input: counts by outcome, rejections by field, and the signals it created and reinforced.</summary>
internal sealed class IngestSummary
{
    /// <summary>The name under which records that could not be read as articles are counted among the rejected.</summary>
    public const string Unreadable = "unreadable";

    private readonly Dictionary<IngestOutcome, int> _outcomes = [];
    private readonly SortedDictionary<string, int> _rejected = new(StringComparer.Ordinal);

    /// <summary>The records read, articles or not.</summary>
    public int Records { get; private set; }

    /// <summary>The records rejected by the pipeline or not readable as articles.</summary>
    public int Rejected => _rejected.Values.Sum();

    /// <summary>The signals the run created.</summary>
    public int Created { get; private set; }

    /// <summary>The signal reinforcements the run made.</summary>
    public int Reinforced { get; private set; }

    /// <summary>Counts one record by what became of it (<paramref name="result"/> is null for a record that could not be read).</summary>
    public void Add(IngestResult? result)
    {
        Records++;
        if (result is null)
        {
            Count(_rejected, Unreadable);
            return;
        }

        Count(_outcomes, result.Outcome);
        if (result.Rejection is { } rejection)
        {
            Count(_rejected, rejection.Field);
        }

        Created += result.Created.Count;
        Reinforced += result.Reinforced.Count;
    }

    /// <summary>One line: "12 record(s): 9 ingested, 1 no signal, 1 duplicate, 1 rejected (Id 1); 9 signal(s) created, 3 reinforced."</summary>
    public override string ToString()
    {
        var rejected = Rejected == 0 ? "0 rejected" : $"{Rejected} rejected ({string.Join(", ", _rejected.Select(r => $"{r.Key} {r.Value}"))})";
        return $"{Records} record(s): {Outcome(IngestOutcome.Ingested)} ingested, {Outcome(IngestOutcome.NoSignals)} no signal, "
            + $"{Outcome(IngestOutcome.Duplicate)} duplicate, {rejected}; {Created} signal(s) created, {Reinforced} reinforced.";
    }

    private int Outcome(IngestOutcome outcome) => _outcomes.GetValueOrDefault(outcome);

    private static void Count<TKey>(IDictionary<TKey, int> counts, TKey key) => counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}
