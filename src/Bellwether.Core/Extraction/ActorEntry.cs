namespace Bellwether.Core;

/// <summary>A gazetteer entry: an actor's display name and the other names it goes by.</summary>
public sealed record ActorEntry
{
    /// <summary>Creates a <see cref="ActorEntry"/> from its parts.</summary>
    /// <param name="name">The name shown ("Yangtze Memory Technologies").</param>
    /// <param name="aliases">Other names folded into it ("YMTC", "Yangtze Memory").</param>
    public ActorEntry(string name, IReadOnlyList<string> aliases)
    {
        Name = name;
        Aliases = aliases;
    }

    /// <summary>The name shown ("Yangtze Memory Technologies").</summary>
    public string Name { get; init; }

    /// <summary>Other names folded into it ("YMTC", "Yangtze Memory").</summary>
    public IReadOnlyList<string> Aliases { get; init; }

    /// <summary>Creates an entry from a name and its aliases.</summary>
    public ActorEntry(string name, params string[] aliases)
        : this(name, (IReadOnlyList<string>)aliases)
    {
    }
}
