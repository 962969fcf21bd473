using Microsoft.Extensions.Options;

namespace Bellwether.Sqlite.Internal;

/// <summary>Checks the data annotations of <see cref="SqliteSignalStoreOptions"/> without reflection.</summary>
[OptionsValidator]
internal sealed partial class SqliteSignalStoreOptionsValidator : IValidateOptions<SqliteSignalStoreOptions>;
