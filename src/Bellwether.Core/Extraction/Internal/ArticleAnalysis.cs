namespace Bellwether.Core.Internal;

/// <summary>Everything the offline extractor read from one article, before it is written up as a candidate.</summary>
internal sealed record ArticleAnalysis
{
    public required AnalysedText Text { get; init; }

    /// <summary>False for a headline-only article, which is read from its title alone.</summary>
    public required bool HasBody { get; init; }

    public required IReadOnlyList<ActorMention> Actors { get; init; }

    public required IReadOnlyList<RegionMention> Regions { get; init; }

    /// <summary>Selected topics, best first, with the token where each was first cued.</summary>
    public required IReadOnlyList<(TopicDefinition Topic, (int Token, int Length) FirstCue)> Topics { get; init; }

    /// <summary>Every topic the text cues at all, selected or not, strongest first, with its first cue and score.</summary>
    public required IReadOnlyList<(TopicDefinition Topic, (int Token, int Length) FirstCue, double Score)> CuedTopics { get; init; }

    /// <summary>The first token of every two-word topic cue in the text ("export controls").</summary>
    public required IReadOnlyList<int> PairCues { get; init; }

    /// <summary>The effect verb that gives the article's pattern its direction, with the topics cued in its sentence; null when there is none.</summary>
    public required EffectMention? Effect { get; init; }

    public required IReadOnlyList<SignalDomain> Domains { get; init; }

    public required SignalHorizon Horizon { get; init; }

    public required IReadOnlyList<string> HorizonCues { get; init; }

    public required IReadOnlyList<KeyPhrase> KeyPhrases { get; init; }

    /// <summary>Body sentences fit to quote, most salient first.</summary>
    public required IReadOnlyList<Sentence> RankedSentences { get; init; }

    /// <summary>True for an article the English rules could not read (<see cref="ArticleAnalyzer.Plain"/>): only its title and first sentences were taken.</summary>
    public bool IsPlain { get; init; }
}

/// <summary>An effect verb ("accelerates"): its participle, its token, and the topic cues of its sentence.</summary>
internal sealed record EffectMention(string Participle, int Token, IReadOnlyList<(TopicDefinition Topic, (int Token, int Length) Cue)> Cues);
