namespace Bellwether.Core.Internal;

/// <summary>A phrase that cues a topic, in the article's own words ("export controls" for trade policy).</summary>
/// <param name="Topic">The topic's name.</param>
/// <param name="Phrase">The article's words for it.</param>
internal sealed record TopicCue(string Topic, string Phrase);

/// <summary>What one article offers a headline.</summary>
/// <param name="Driver">The cause its effect sentence names: a cue just before the effect verb, or after it behind "in response to", "amid" and the like.</param>
/// <param name="Target">What the verb acts on: a cue just after it.</param>
/// <param name="Effect">The effect verb as a participle ("accelerating"), or null.</param>
/// <param name="Topics">The article's topics, best first.</param>
/// <param name="Actors">Its actors, most salient first.</param>
/// <param name="Regions">Its region codes, most salient first.</param>
internal sealed record HeadlineFacts(TopicCue? Driver, TopicCue? Target, string? Effect, IReadOnlyList<string> Topics, IReadOnlyList<string> Actors, IReadOnlyList<string> Regions);

/// <summary>
/// Writes a headline that states a pattern, "driver, direction and who", from the facts of one or several articles:
/// "Export controls accelerating Chinese self-sufficiency, involving chipmakers such as CXMT and Cambricon". Every word
/// but the joins comes from the articles. A pattern is stated only when an article says it in one sentence (a cause,
/// an effect verb, what it acts on); across several articles it is the one most of them state.
/// </summary>
internal static class PatternHeadline
{
    private const int MaxNamedActors = 2;

    /// <summary>Topics that name a cause, in the order a driver is preferred: policy instruments first, then conditions.</summary>
    private static readonly string[] Drivers =
    [
        "sanctions", "trade policy", "monetary policy", "competition and regulation", "courts and litigation", "industrial policy",
        "public finance", "geopolitics", "armed conflict", "climate", "supply chains", "privacy and data",
    ];

    /// <summary>The kind of firm a topic is about, for "involving chipmakers such as CXMT".</summary>
    private static readonly Dictionary<string, string> FirmsOf = new(StringComparer.OrdinalIgnoreCase)
    {
        ["semiconductors"] = "chipmakers", ["AI"] = "AI developers", ["oil and gas"] = "oil and gas producers",
        ["renewables"] = "renewable energy firms", ["nuclear power"] = "nuclear operators", ["electric vehicles"] = "EV makers",
        ["pharmaceuticals"] = "drugmakers", ["banking"] = "banks", ["cryptocurrency"] = "crypto firms",
        ["telecommunications"] = "telecom operators", ["space"] = "space companies", ["cloud and data centres"] = "cloud providers",
        ["critical minerals"] = "miners", ["automotive"] = "carmakers", ["aviation"] = "airlines", ["shipping"] = "shipping lines",
        ["consumers and retail"] = "retailers", ["startups and venture capital"] = "startups", ["energy"] = "utilities",
    };

    /// <summary>True when a topic can be a pattern's cause.</summary>
    public static bool CanDrive(string topic) => DriverRank(topic) >= 0;

    /// <summary>True when a topic names an industry, whose firms are the "who" of a pattern rather than what it acts on.</summary>
    public static bool IsIndustry(string topic) => FirmsOf.ContainsKey(topic);

    /// <summary>The headline of the pattern most of <paramref name="facts"/> state, or null when none states one.</summary>
    /// <param name="facts">One entry per article.</param>
    /// <param name="demonyms">The adjective of a region code ("CN" → "Chinese").</param>
    /// <param name="isPlace">True for a name that is a place (a dateline is not an actor).</param>
    public static string? Write(IReadOnlyList<HeadlineFacts> facts, IReadOnlyDictionary<string, string> demonyms, Func<string, bool> isPlace)
    {
        var stating = facts.Where(f => f is { Driver: not null, Target: not null, Effect: not null })
            .GroupBy(f => (f.Driver!.Topic, f.Target!.Topic))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => DriverRank(g.Key.Item1))
            .FirstOrDefault()?.ToList();
        if (stating is null)
        {
            return null;
        }

        var (driver, target) = (stating[0].Driver!, stating[0].Target!);
        var effect = stating.GroupBy(f => f.Effect).OrderByDescending(g => g.Count()).First().Key;
        var adjective = CanDrive(target.Topic) && SharedRegion(facts) is { } region && demonyms.TryGetValue(region, out var demonym) &&
            !target.Phrase.Contains(demonym, StringComparison.OrdinalIgnoreCase) ? demonym + " " : string.Empty;
        var headline = Capitalise(driver.Phrase) + " " + effect + " " + adjective + target.Phrase;

        // Firms are named as such only when most articles are about their industry.
        var firms = facts.SelectMany(f => f.Topics.Where(IsIndustry))
            .GroupBy(t => t, StringComparer.OrdinalIgnoreCase)
            .Where(g => 2 * g.Count() >= facts.Count && !string.Equals(g.Key, target.Topic, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(g => g.Count())
            .Select(g => FirmsOf[g.Key])
            .FirstOrDefault();
        var actors = NamedActors(facts, demonyms, isPlace);
        return actors.Count == 0 ? headline
            : firms is null ? headline + ", involving " + List(actors)
            : headline + ", involving " + firms + " such as " + List(actors);
    }

    private static int DriverRank(string topic) => Array.FindIndex(Drivers, d => string.Equals(d, topic, StringComparison.OrdinalIgnoreCase));

    /// <summary>The region most articles are about, when at least half of them are; a single article's first region.</summary>
    private static string? SharedRegion(IReadOnlyList<HeadlineFacts> facts) =>
        facts.SelectMany(f => f.Regions.Take(2).Distinct(StringComparer.Ordinal))
            .GroupBy(r => r, StringComparer.Ordinal)
            .Where(g => 2 * g.Count() >= facts.Count)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();

    /// <summary>
    /// The leading actor of each article (a pattern's "who" spans its articles), never a place or a dateline; one
    /// article names its leading actor alone, since its second may play another part.
    /// </summary>
    private static List<string> NamedActors(IReadOnlyList<HeadlineFacts> facts, IReadOnlyDictionary<string, string> demonyms, Func<string, bool> isPlace)
    {
        var named = new List<string>(MaxNamedActors);
        foreach (var article in facts)
        {
            var lead = article.Actors.FirstOrDefault(a => !demonyms.Values.Contains(a, StringComparer.OrdinalIgnoreCase) && !isPlace(a) && !IsDateline(a));
            if (lead is not null && !named.Contains(lead, StringComparer.OrdinalIgnoreCase))
            {
                named.Add(lead);
            }

            if (named.Count == MaxNamedActors)
            {
                break;
            }
        }

        return named;
    }

    /// <summary>A name in capitals longer than an acronym ("LOS ANGELES", "CANBERRA") is a wire story's dateline.</summary>
    private static bool IsDateline(string name) => name.Count(char.IsLetter) > 5 && !name.Any(char.IsLower);

    /// <summary>The text with its first letter in upper case.</summary>
    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
