using Microsoft.Extensions.Options;

namespace Bellwether.PostgreSql.Internal;

/// <summary>Checks the data annotations of <see cref="PostgreSqlSignalStoreOptions"/> without reflection.</summary>
[OptionsValidator]
internal sealed partial class PostgreSqlSignalStoreOptionsValidator : IValidateOptions<PostgreSqlSignalStoreOptions>;
