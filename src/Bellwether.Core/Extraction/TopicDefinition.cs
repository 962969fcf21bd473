namespace Bellwether.Core;

/// <summary>A topic of the taxonomy and the words that signal it.</summary>
/// <param name="Name">The topic as shown ("semiconductors").</param>
/// <param name="Domains">The broad fields the topic belongs to.</param>
/// <param name="Cues">Words or short phrases that signal the topic, in plain English ("chipmaker", "export control"); matched on Porter2 stems.</param>
public sealed record TopicDefinition(string Name, IReadOnlyList<SignalDomain> Domains, IReadOnlyList<string> Cues);
