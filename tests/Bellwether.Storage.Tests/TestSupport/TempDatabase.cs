using Microsoft.Data.Sqlite;

namespace Bellwether.Storage.Tests.TestSupport;

/// <summary>A folder for one test's SQLite file, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("bellwether-store-").FullName;
    }

    public string Folder { get; }

    public string Path => System.IO.Path.Combine(Folder, "signals.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A handle still open on some platforms; the temp folder is cleaned by the OS.
        }
    }
}
