using System.ComponentModel.DataAnnotations;

namespace Bellwether.Core;

/// <summary>Settings of the default offline extractor; validated when the host starts.</summary>
public sealed class SignalExtractionOptions
{
    /// <summary>How many quotes a candidate carries at most (default 2).</summary>
    [Range(1, 10)]
    public int MaxQuotes { get; set; } = 2;

    /// <summary>How many actors a candidate names at most (default 6).</summary>
    [Range(1, 50)]
    public int MaxActors { get; set; } = 6;

    /// <summary>How many topics a candidate carries at most (default 4).</summary>
    [Range(1, 20)]
    public int MaxTopics { get; set; } = 4;

    /// <summary>How many characters of a body are analysed; the rest is ignored (default 100,000).</summary>
    [Range(1_000, 10_000_000)]
    public int MaxAnalysedLength { get; set; } = 100_000;

    /// <summary>Actors added to the built-in gazetteer; an entry whose name is already known adds its aliases.</summary>
    public IList<ActorEntry> Actors { get; } = [];

    /// <summary>Region aliases added to the built-in table: alias as written ("Holland") to ISO 3166-1 alpha-2 code ("NL").</summary>
    public IDictionary<string, string> RegionAliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Topics added to the built-in taxonomy; a topic with a built-in name replaces it.</summary>
    public IList<TopicDefinition> Topics { get; } = [];

    /// <summary>When true, only <see cref="Topics"/> are used and the built-in taxonomy is dropped.</summary>
    public bool ReplaceDefaultTopics { get; set; }

    /// <summary>
    /// What happens to an article the English rules cannot read: declared in another language, a body that does not read
    /// as English prose, or a headline with no Latin letters. When true (the default) it gives one plain candidate: its
    /// title as headline, its first sentences as quotes, and no actors, regions, topics or domains, so its words still
    /// join it to stories and signals. When false it gives no candidate (<see cref="IngestOutcome.NoSignals"/>).
    /// </summary>
    public bool KeepUnreadArticles { get; set; } = true;
}
