namespace Bellwether.Core;

/// <summary>A gazetteer entry: an actor's display name and the other names it goes by.</summary>
/// <param name="Name">The name shown ("Yangtze Memory Technologies").</param>
/// <param name="Aliases">Other names folded into it ("YMTC", "Yangtze Memory").</param>
public sealed record ActorEntry(string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>Creates an entry from a name and its aliases.</summary>
    public ActorEntry(string name, params string[] aliases)
        : this(name, (IReadOnlyList<string>)aliases)
    {
    }
}
