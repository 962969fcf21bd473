namespace Bellwether.Core;

/// <summary>Thrown when a store was written by a newer Bellwether, with a schema this version cannot read safely.</summary>
/// <param name="location">The file or database that was opened.</param>
/// <param name="foundVersion">The schema version the store has.</param>
/// <param name="supportedVersion">The newest schema version this build understands.</param>
public sealed class SignalStoreVersionException(string location, int foundVersion, int supportedVersion)
    : SignalStoreException($"'{location}' has schema version {foundVersion}, newer than the version {supportedVersion} this Bellwether understands; upgrade Bellwether to open it.")
{
    /// <summary>The file or database that was opened.</summary>
    public string Location { get; } = location;

    /// <summary>The schema version the store has.</summary>
    public int FoundVersion { get; } = foundVersion;

    /// <summary>The newest schema version this build understands.</summary>
    public int SupportedVersion { get; } = supportedVersion;
}
