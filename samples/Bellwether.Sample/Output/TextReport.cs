using System.Globalization;
using Bellwether.Core;

namespace Bellwether.Sample.Output;

/// <summary>Plain-text views of signals and briefs, in the layout of the seed page.</summary>
internal static class TextReport
{
    public static void WriteSignal(TextWriter output, Signal signal)
    {
        output.WriteLine(signal.Headline);
        output.WriteLine();
        output.WriteLine(StrengthLine(signal));
        output.WriteLine(TagLine(signal));
        output.WriteLine("Analysis");
        output.WriteLine();
        output.WriteLine(signal.Analysis);
        output.WriteLine();
        output.WriteLine("Key actors");
        output.WriteLine(string.Join(" · ", signal.Actors));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Source articles ({signal.ArticleCount})"));
        foreach (var evidence in signal.Evidence)
        {
            output.WriteLine(evidence.Article.Title);
            foreach (var quote in evidence.Quotes)
            {
                output.WriteLine($"\"{quote.Text}\" [{quote.KeyPhrase}]");
            }

            output.WriteLine("Reasoning from this article");
            output.WriteLine();
            output.WriteLine(evidence.Reasoning);
            output.WriteLine();
        }
    }

    public static void WriteSignalList(TextWriter output, IReadOnlyList<Signal> signals)
    {
        if (signals.Count == 0)
        {
            output.WriteLine("No signals yet.");
            return;
        }

        foreach (var signal in signals)
        {
            output.WriteLine($"{signal.Id}  {signal.Headline}");
            output.WriteLine($"    {StrengthLine(signal)}");
            output.WriteLine($"    {TagLine(signal)}");
        }
    }

    public static void WriteBrief(TextWriter output, Brief brief)
    {
        output.WriteLine("The Bellwether");
        output.WriteLine("A morning brief, composed for you when the sources say something worth saying.");
        output.WriteLine();
        if (brief.IsSilent)
        {
            output.WriteLine($"Nothing worth saying today, {brief.ReaderName}. {brief.SilenceReason}");
            return;
        }

        output.WriteLine($"Good morning, {brief.ReaderName}. {Count(brief.Items.Count, "signal")} worth your attention:");
        output.WriteLine();
        foreach (var item in brief.Items)
        {
            output.WriteLine($"• {item.Signal.Headline}");
            output.WriteLine($"  {StrengthLine(item.Signal)} · {item.Reason}");
            output.WriteLine($"  {TagLine(item.Signal)}");
            output.WriteLine();
        }
    }

    public static string StrengthLine(Signal signal) => string.Create(
        CultureInfo.InvariantCulture,
        $"str {signal.Strength.Strength} · extracted {signal.ExtractionCount}× · {signal.FirstExtractedAt:M/d/yyyy} · last reinforced {signal.LastReinforcedAt:M/d/yyyy} · {Count(signal.ArticleCount, "article")}");

    public static string TagLine(Signal signal)
    {
        var parts = new List<string> { Kebab(signal.Horizon.ToString()) };
        parts.AddRange(signal.Domains.Select(d => Kebab(d.ToString())));
        if (signal.Topics.Count > 0)
        {
            parts.Add(string.Join(", ", signal.Topics));
        }

        if (signal.Regions.Count > 0)
        {
            parts.Add(string.Join(", ", signal.Regions));
        }

        return string.Join(" · ", parts);
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
