namespace Bellwether.Core;

/// <summary>A topic of the taxonomy and the words that signal it.</summary>
public sealed record TopicDefinition
{
    /// <summary>Creates a <see cref="TopicDefinition"/> from its parts.</summary>
    /// <param name="name">The topic as shown ("semiconductors").</param>
    /// <param name="domains">The broad fields the topic belongs to.</param>
    /// <param name="cues">Words or short phrases that signal the topic, in plain English ("chipmaker", "export control"); matched on Porter2 stems.</param>
    public TopicDefinition(string name, IReadOnlyList<SignalDomain> domains, IReadOnlyList<string> cues)
    {
        Name = name;
        Domains = domains;
        Cues = cues;
    }

    /// <summary>The topic as shown ("semiconductors").</summary>
    public string Name { get; init; }

    /// <summary>The broad fields the topic belongs to.</summary>
    public IReadOnlyList<SignalDomain> Domains { get; init; }

    /// <summary>Words or short phrases that signal the topic, in plain English ("chipmaker", "export control"); matched on Porter2 stems.</summary>
    public IReadOnlyList<string> Cues { get; init; }
}
