using Bellwether.Core;
using Bellwether.Sample.Input;

namespace Bellwether.Sample.Hosting;

/// <summary>One line of text per record, as the verbs print what became of their input.</summary>
internal static class Describe
{
    /// <summary>
    /// The line for one record: <c>id: created … / reinforced … / no signal / duplicate, skipped</c> (with any repairs), or
    /// <c>file:line: id: rejected: Field reason</c>, or <c>file:line: skipped: problem</c>.
    /// </summary>
    public static string Record(InputRecord record, IngestResult? result) => Problem(record, result) ?? Outcome(record, result!);

    /// <summary>The line for a record that was unreadable or rejected; null for one that was used.</summary>
    public static string? Problem(InputRecord record, IngestResult? result) => result switch
    {
        null => $"{record.Location}: skipped: {record.Problem}",
        { Rejection: { } rejection } => $"{record.Location}: {result.ArticleId}: rejected: {rejection}",
        _ => null,
    };

    private static string Outcome(InputRecord record, IngestResult result)
    {
        var outcome = result.Outcome switch
        {
            IngestOutcome.Duplicate => "duplicate, skipped",
            IngestOutcome.NoSignals => "no signal",
            _ => string.Join("; ", result.Created.Select(s => $"created {s.Id} (str {s.Strength.Strength})")
                .Concat(result.Reinforced.Select(s => $"reinforced {s.Id} (str {s.Strength.Strength}, {s.ArticleCount} articles)"))),
        };
        var repairs = result.Repairs.Select(r => r.ToString()).Prepend(record.Note).OfType<string>().ToList();
        return repairs.Count == 0 ? $"{result.ArticleId}: {outcome}" : $"{result.ArticleId}: {outcome} (repaired: {string.Join("; ", repairs)})";
    }

}
